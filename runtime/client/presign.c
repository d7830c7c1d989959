/*
 * Presigning (<awsc/presign.h>): SigV4 query-string URLs for any
 * operation, as botocore's generate_presigned_url and SigV4QueryAuth /
 * S3SigV4QueryAuth make them, and S3 POST policies, as its
 * generate_presigned_post and S3SigV4PostAuth do.
 */
#include "client.h"
#include "custom/custom.h"

#include <stdio.h>
#include <string.h>

#include "protocol/json.h"

#define DEFAULT_EXPIRES 3600

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* ---------------------------------------------------------- presigning */

static int presign_with(struct awsc_client *c, const struct awsc__identity *id,
                        const struct awsc__presign_args *a, struct awsc_arena *arena, char **out,
                        struct awsc_error *err);

int awsc__presign(struct awsc_client *c, const struct awsc__presign_args *a,
                  struct awsc_arena *arena, char **out, struct awsc_error *err)
{
    *out = NULL;
    struct awsc__identity *id = NULL;
    int status = awsc__client_identity(c, &id, err);
    if (status != AWSC_OK)
        return status;
    status = presign_with(c, id, a, arena, out, err);
    awsc__identity_release(id);
    return status;
}

static int presign_with(struct awsc_client *c, const struct awsc__identity *id,
                        const struct awsc__presign_args *a, struct awsc_arena *arena, char **out,
                        struct awsc_error *err)
{
    /* the URL's parts: scheme://netloc, path, query */
    const char *netloc = strstr(a->url, "://");
    const char *path = netloc ? strchr(netloc + 3, '/') : NULL;
    const char *qmark = path ? strchr(path, '?') : NULL;
    size_t base_len = path ? (size_t)(path - a->url) : strlen(a->url);
    /* the query: the URL's parameters (the first of each name), updated
     * with the caller's */
    struct awsc__params q = {NULL, 0, 0, arena};
    int status = AWSC_OK;
    if (qmark && awsc__params_parse(&q, qmark + 1, strlen(qmark + 1), false) != AWSC_OK)
        status = AWSC_E_NOMEM;
    for (size_t i = 0; status == AWSC_OK && a->params && i < a->params->count; i++)
        status = awsc__params_set(&q, a->params->items[i].name, a->params->items[i].value, true);
    char *path_only =
        status == AWSC_OK
            ? awsc__arena_strndup(arena, path ? path : "/",
                                  path ? (qmark ? (size_t)(qmark - path) : strlen(path)) : 1)
            : NULL;
    struct awsc_http_header *h =
        path_only ? awsc__arena_alloc(arena, (a->header_count + 1) * sizeof *h) : NULL;
    if (!h)
        return nomem(err);
    struct awsc_buf host = AWSC_BUF_INIT;
    struct awsc__sign_result sig = AWSC__SIGN_RESULT_INIT;
    status = awsc__sigv4_host_from_url(a->url, &host, err);
    if (status == AWSC_OK && host.failed)
        status = nomem(err);
    if (status == AWSC_OK) {
        h[0] = (struct awsc_http_header){"Host", host.data};
        if (a->header_count)
            memcpy(h + 1, a->headers, a->header_count * sizeof *h);
        struct awsc_credentials creds = awsc__credentials_view(&id->c);
        struct awsc__sign_request sr = {
            .method = a->method,
            .host = host.data,
            .path = path_only,
            .params = q.items,
            .param_count = q.count,
            .headers = h,
            .header_count = a->header_count + 1,
            .payload_hash = a->payload_hash,
            .credentials = &creds,
            .region = a->region,
            .service = a->service,
            .time = awsc__client_time(c),
            .normalize_path = a->normalize_path,
            .uri_encode_path = a->uri_encode_path,
        };
        status = awsc__sigv4_presign(c->signer, &sr, a->expires, &sig, err);
    }
    if (status == AWSC_OK) {
        *out = awsc__arena_printf(arena, "%.*s%s?%s", (int)base_len, a->url, path_only,
                                  sig.query.data ? sig.query.data : "");
        if (!*out)
            status = nomem(err);
    }
    awsc__sign_result_clean_up(&sig);
    awsc__buf_clean_up(&host);
    return status;
}

/* The public entry points: left out by -Dpresign=false (source_region.c's
 * copies still presign, through awsc__presign()). */
#if AWSC_WITH_PRESIGN

/* Whether the serialized request has a body that cannot travel in a URL. */
static bool has_unmovable_body(const struct awsc__request *req, bool form)
{
    if (req->body_stream) {
        const struct awsc_stream *s = req->body_stream;
        if (s->path || s->read || s->len)
            return true;
    }
    if (!req->body.len || form)
        return false;
    /* an empty JSON object moves as no parameters at all */
    for (size_t i = 0; i < req->body.len; i++) {
        char c = req->body.data[i];
        if (c != '{' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return true;
    }
    return false;
}

/* ------------------------------------------------------------ endpoints */

/* handlers.customize_endpoint_resolver_builtins for a presigned request
 * (signers._should_use_global_endpoint): in the aws partition, S3
 * addressed virtual-host style is presigned for the global endpoint
 * (bucket.s3.amazonaws.com), whatever the client's region; not with
 * dual-stack, not when us-east-1 is regional and the region is us-east-1,
 * not for a bucket that needs path style or is an ARN. cfg starts as a
 * copy of the client's configuration. */
static void presign_endpoint_config(const struct awsc_client *c, const struct awsc_operation *op,
                                    const char *bucket, struct awsc__endpoint_config *cfg)
{
    *cfg = c->endpoint;
    if (!(c->service->flags & AWSC_SVC_S3))
        return;
    const struct awsc__endpoint_builtins *b = &c->endpoint.builtins;
    const char *region = b->string[AWSC_EP_BUILTIN_REGION];
    struct awsc__ep_str r = {region ? region : "", region ? strlen(region) : 0};
    if (strcmp(awsc__partition_string(awsc__ep_partition(&r)->id), "aws") != 0 ||
        b->boolean[AWSC_EP_BUILTIN_USE_DUAL_STACK] > 0)
        return;
    if (region && strcmp(region, "us-east-1") == 0 &&
        b->boolean[AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT] <= 0)
        return; /* us_east_1_regional_endpoint = regional */
    /* path style asked for (an endpoint URL, addressing_style = path,
     * GetBucketLocation) or needed (VALID_HOST_LABEL_RE); an ARN */
    if (b->boolean[AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE] > 0 ||
        strcmp(awsc_operation_name(op), "GetBucketLocation") == 0)
        return;
    if (bucket) {
        size_t n = strlen(bucket);
        if (strncmp(bucket, "arn:", 4) == 0 || n == 0 || n > 63 || bucket[0] == '-' ||
            bucket[n - 1] == '-')
            return;
        for (size_t i = 0; i < n; i++) {
            char ch = bucket[i];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '-'))
                return;
        }
    }
    cfg->builtins.string[AWSC_EP_BUILTIN_REGION] = "aws-global";
    cfg->builtins.boolean[AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT] = 1;
}

static const char *bucket_of(const struct awsc_operation *op, const void *input)
{
    return awsc__string_member(awsc_operation_input(op), input, "Bucket");
}

/* ---------------------------------------------------------- presign URL */

int awsc_presign_url(struct awsc_client *client, const char *operation, const void *input,
                     const struct awsc_presign_options *options, struct awsc_presigned_url **out,
                     struct awsc_error *err)
{
    if (out)
        *out = NULL;
    if (!client || !operation || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_presign_url: client, operation and out are required");
    const struct awsc_operation *op = awsc_service_operation(client->service, operation);
    if (!op)
        return awsc__fail(err, AWSC_E_NOT_FOUND, "%s has no operation named %s",
                          awsc_service_service_id(client->service), operation);
    int64_t expires = options && options->expires_in ? options->expires_in : DEFAULT_EXPIRES;
    if (expires <= 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_presign_url: expires_in must be a positive number of seconds");
    struct awsc__request req;
    struct awsc__target t;
    memset(&t, 0, sizeof t);
    struct awsc_arena *arena = NULL;
    int status = awsc__build_request(client, op, input, &req, NULL, err);
    if (status != AWSC_OK)
        return status;
    const char *bucket = bucket_of(op, input);
    struct awsc__endpoint_config ecfg;
    presign_endpoint_config(client, op, bucket, &ecfg);
    status = awsc__target_resolve(client, &ecfg, op, input, &req, &t, err);
    if (status == AWSC_OK && t.endpoint && strcmp(t.auth.scheme, "sigv4a") == 0)
        status = awsc__fail(err, AWSC_E_UNSUPPORTED,
                            "%s.%s: the endpoint %s is signed with SigV4a, which awsc does not "
                            "presign",
                            awsc_service_service_id(client->service), awsc_operation_name(op),
                            t.endpoint->url);
    const char *ctype = awsc__headers_get(&req.headers, "Content-Type");
    bool form = ctype && strncmp(ctype, "application/x-www-form-urlencoded", 33) == 0;
    if (status == AWSC_OK && has_unmovable_body(&req, form))
        status = awsc__fail(err, AWSC_E_UNSUPPORTED,
                            "%s.%s: a presigned URL carries no request body; leave the body "
                            "members unset and send the body with the presigned request",
                            awsc_service_service_id(client->service), awsc_operation_name(op));
    arena = status == AWSC_OK ? awsc__arena_new() : NULL;
    if (status == AWSC_OK && !arena)
        status = nomem(err);

    /* a form's parameters go in the query */
    struct awsc__params p = {NULL, 0, 0, arena};
    if (status == AWSC_OK && form && req.body.len &&
        awsc__params_parse(&p, req.body.data, req.body.len, true) != AWSC_OK)
        status = nomem(err);

    /* headers besides Host: the request's, but the form's Content-Type
     * when its parameters moved to the query (the signer drops botocore's
     * default one itself) */
    struct awsc_http_header *h = NULL;
    size_t n = 0;
    if (status == AWSC_OK) {
        h = awsc__arena_alloc(arena, (req.headers.count + 1) * sizeof *h);
        if (!h)
            status = nomem(err);
    }
    for (size_t i = 0; status == AWSC_OK && i < req.headers.count; i++) {
        const struct awsc__header *rh = &req.headers.items[i];
        if (!(form && awsc__strcasecmp(rh->name, "Content-Type") == 0))
            h[n++] = (struct awsc_http_header){rh->name, rh->value};
    }
    const char *method = options && options->http_method ? options->http_method : req.method;
    char *full = NULL;
    if (status == AWSC_OK) {
        struct awsc__signing sg;
        awsc__target_signing(client, &t, &sg);
        /* generate_presigned_url resolves the endpoint with
         * ignore_signing_region unless the bucket is an ARN */
        bool arn = bucket && strncmp(bucket, "arn:", 4) == 0;
        if (!arn && client->region[0])
            sg.region = client->region;
        struct awsc__presign_args pa = {
            .method = method,
            .url = t.url,
            .params = &p,
            .headers = h,
            .header_count = n,
            .region = sg.region,
            .service = sg.name,
            .normalize_path = sg.normalize_path,
            .uri_encode_path = sg.uri_encode_path,
            .payload_hash = sg.s3 ? AWSC__UNSIGNED_PAYLOAD : NULL,
            .expires = expires,
        };
        status = awsc__presign(client, &pa, arena, &full, err);
    }

    struct awsc_presigned_url *res = NULL;
    if (status == AWSC_OK) {
        res = awsc__output_new(arena, sizeof *res);
        char *m = awsc__arena_strdup(arena, method);
        /* the headers signed, Host aside, copied out of the request */
        struct awsc_http_header *hs = n ? awsc__arena_alloc(arena, n * sizeof *hs) : NULL;
        bool ok = res && m && (!n || hs);
        for (size_t i = 0; ok && i < n; i++) {
            hs[i].name = awsc__arena_strdup(arena, h[i].name);
            hs[i].value = awsc__arena_strdup(arena, h[i].value);
            ok = hs[i].name && hs[i].value;
        }
        if (ok) {
            res->url = full;
            res->method = m;
            res->headers = hs;
            res->header_count = n;
        } else {
            status = nomem(err);
        }
    }
    awsc__target_clean_up(&t);
    awsc__request_clean_up(&req);
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        return status;
    }
    *out = res;
    return AWSC_OK;
}

/* ---------------------------------------------- RDS IAM authentication */

#define DB_AUTH_EXPIRES 900

int awsc_rds_db_auth_token(struct awsc_client *client, const char *hostname, int port,
                           const char *username, const char *region, char **token,
                           struct awsc_error *err)
{
    if (token)
        *token = NULL;
    if (!client || !hostname || !*hostname || !username || !*username || !token)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_rds_db_auth_token: client, hostname, username and token are "
                          "required");
    if (port < 1 || port > 65535)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_rds_db_auth_token: the port %d is not in 1-65535", port);
    if (strpbrk(hostname, "/?#@ \t\r\n"))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_rds_db_auth_token: \"%s\" is not a host name", hostname);
    if (!region)
        region = client->region;
    if (!region || !*region)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "awsc_rds_db_auth_token: no region: pass one or give the client one");
    struct awsc_arena *arena = awsc__arena_new();
    if (!arena)
        return nomem(err);
    /* botocore signs https://hostname:port/ and drops the scheme after */
    static const char scheme[] = "https://";
    const char *url = awsc__arena_printf(arena, "%s%s:%d/", scheme, hostname, port);
    struct awsc__params params = {NULL, 0, 0, arena};
    int status = url && awsc__params_set(&params, "Action", "connect", true) == AWSC_OK &&
                         awsc__params_set(&params, "DBUser", username, true) == AWSC_OK
                     ? AWSC_OK
                     : nomem(err);
    char *signed_url = NULL;
    if (status == AWSC_OK) {
        struct awsc__presign_args pa = {
            .method = "GET",
            .url = url,
            .params = &params,
            .region = region,
            .service = "rds-db",
            .normalize_path = true,
            .uri_encode_path = true,
            .expires = DB_AUTH_EXPIRES,
        };
        status = awsc__presign(client, &pa, arena, &signed_url, err);
    }
    if (status == AWSC_OK) {
        const char *rest = signed_url + sizeof scheme - 1;
        char *out = awsc__output_new(arena, strlen(rest) + 1);
        if (out) {
            memcpy(out, rest, strlen(rest) + 1);
            *token = out;
        } else {
            status = nomem(err);
        }
    }
    if (status != AWSC_OK)
        awsc__arena_destroy(arena);
    return status;
}

/* ------------------------------------------------------------ S3 POST */

/* The policy document as an awsc_document, written as json.dumps writes
 * it (", " and ": ", non-ASCII as \uXXXX). */
struct policy {
    struct awsc_document *items; /* conditions */
    size_t count, cap;
    struct awsc_arena *arena;
};

static struct awsc_document *policy_add(struct policy *p)
{
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        struct awsc_document *items = awsc__arena_alloc(p->arena, cap * sizeof *items);
        if (!items)
            return NULL;
        if (p->count)
            memcpy(items, p->items, p->count * sizeof *items);
        p->items = items;
        p->cap = cap;
    }
    return &p->items[p->count++];
}

static struct awsc_document str_doc(const char *s)
{
    struct awsc_document d;
    memset(&d, 0, sizeof d);
    d.type = AWSC_DOC_STRING;
    d.string = s;
    return d;
}

/* {"name": "value"} */
static int add_match(struct policy *p, const char *name, const char *value)
{
    struct awsc_document *d = policy_add(p);
    struct awsc_document_entry *e = awsc__arena_alloc(p->arena, sizeof *e);
    if (!d || !e)
        return AWSC_E_NOMEM;
    memset(d, 0, sizeof *d);
    e->key = name;
    e->value = str_doc(value);
    d->type = AWSC_DOC_OBJECT;
    d->entries = e;
    d->count = 1;
    return AWSC_OK;
}

/* ["op", a, b]: strings, or (a range) two numbers */
static int add_array(struct policy *p, const char *op, const char *a, const char *b, bool numbers)
{
    struct awsc_document *d = policy_add(p);
    struct awsc_document *items = awsc__arena_alloc(p->arena, 3 * sizeof *items);
    if (!d || !items)
        return AWSC_E_NOMEM;
    memset(d, 0, sizeof *d);
    items[0] = str_doc(op);
    items[1] = str_doc(a);
    items[2] = str_doc(b);
    if (numbers) {
        items[1].type = AWSC_DOC_NUMBER;
        items[2].type = AWSC_DOC_NUMBER;
    }
    d->type = AWSC_DOC_ARRAY;
    d->items = items;
    d->count = 3;
    return AWSC_OK;
}

/* The form's fields, a dict in botocore: a name given again keeps its
 * place and takes the new value. */
struct fields {
    struct awsc_form_field *items;
    size_t count, cap;
    struct awsc_arena *arena;
};

static int field_set(struct fields *f, const char *name, const char *value)
{
    for (size_t i = 0; i < f->count; i++) {
        if (strcmp(f->items[i].name, name) == 0) {
            f->items[i].value = value;
            return AWSC_OK;
        }
    }
    if (f->count == f->cap)
        return AWSC_E_INTERNAL;
    char *n = awsc__arena_strdup(f->arena, name);
    char *v = awsc__arena_strdup(f->arena, value);
    if (!n || !v)
        return AWSC_E_NOMEM;
    f->items[f->count].name = n;
    f->items[f->count].value = v;
    f->count++;
    return AWSC_OK;
}

static int check_post_input(const struct awsc_presign_post_input *in, struct awsc_error *err)
{
    if (!in->bucket || !in->key)
        return awsc__fail(err, AWSC_E_VALIDATION, "awsc_presign_post: %s is required",
                          !in->bucket ? "bucket" : "key");
    if (in->expires_in < 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_presign_post: expires_in must be a positive number of seconds");
    for (size_t i = 0; i < in->field_count; i++)
        if (!in->fields || !in->fields[i].name || !in->fields[i].value)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "awsc_presign_post: fields[%zu] needs a name and a value", i);
    for (size_t i = 0; i < in->condition_count; i++) {
        const struct awsc_post_condition *c = in->conditions ? &in->conditions[i] : NULL;
        bool ok =
            c && ((c->type == AWSC_POST_CONTENT_LENGTH_RANGE && c->min >= 0 && c->max >= c->min) ||
                  ((c->type == AWSC_POST_MATCH || c->type == AWSC_POST_EQ ||
                    c->type == AWSC_POST_STARTS_WITH) &&
                   c->field && c->value));
        if (!ok)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "awsc_presign_post: conditions[%zu] is not a valid condition (a "
                              "type, a field and a value; or a range with 0 <= min <= max)",
                              i);
    }
    const char *strs[2] = {in->bucket, in->key};
    for (size_t i = 0; i < 2; i++)
        if (!awsc__utf8_valid(strs[i], strlen(strs[i])))
            return awsc__fail(err, AWSC_E_VALIDATION, "awsc_presign_post: %s is not UTF-8",
                              i ? "key" : "bucket");
    return AWSC_OK;
}

static int presign_post_with(struct awsc_client *client, const struct awsc__identity *id,
                             const struct awsc_operation *op, const struct awsc_member *bm,
                             const struct awsc_presign_post_input *in,
                             struct awsc_presigned_post **out, struct awsc_error *err);

int awsc_presign_post(struct awsc_client *client, const struct awsc_presign_post_input *in,
                      struct awsc_presigned_post **out, struct awsc_error *err)
{
    if (out)
        *out = NULL;
    if (!client || !in || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_presign_post: client, in and out are required");
    const struct awsc_operation *op = awsc_service_operation(client->service, "CreateBucket");
    const struct awsc_member *bm =
        op ? awsc_shape_member_named(awsc_operation_input(op), "Bucket") : NULL;
    if (!(client->service->flags & AWSC_SVC_S3) || !bm)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_presign_post needs an S3 client, not a %s one",
                          awsc_service_service_id(client->service));
    int status = check_post_input(in, err);
    if (status != AWSC_OK)
        return status;
    struct awsc__identity *id = NULL;
    status = awsc__client_identity(client, &id, err);
    if (status != AWSC_OK)
        return status;
    status = presign_post_with(client, id, op, bm, in, out, err);
    awsc__identity_release(id);
    return status;
}

static int presign_post_with(struct awsc_client *client, const struct awsc__identity *id,
                             const struct awsc_operation *op, const struct awsc_member *bm,
                             const struct awsc_presign_post_input *in,
                             struct awsc_presigned_post **out, struct awsc_error *err)
{
    int status;
    /* The URL: CreateBucket's, whose request is the bucket's own URL. */
    struct awsc_arena *arena = awsc__arena_new();
    void *cb_input = arena ? awsc__arena_alloc(arena, awsc_operation_input(op)->size) : NULL;
    if (!cb_input) {
        awsc__arena_destroy(arena);
        return nomem(err);
    }
    *(const char **)(void *)((unsigned char *)cb_input + bm->offset) = in->bucket;
    struct awsc__request req;
    struct awsc__target t;
    memset(&t, 0, sizeof t);
    status = awsc__build_request(client, op, cb_input, &req, NULL, err);
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        return status;
    }
    struct awsc__endpoint_config ecfg;
    presign_endpoint_config(client, op, in->bucket, &ecfg);
    status = awsc__target_resolve(client, &ecfg, op, cb_input, &req, &t, err);
    struct awsc__signing sg;
    if (status == AWSC_OK)
        awsc__target_signing(client, &t, &sg);
    if (status == AWSC_OK && strncmp(in->bucket, "arn:", 4) != 0 && client->region[0])
        sg.region = client->region;

    struct awsc_timestamp now = awsc__client_time(client);
    struct awsc_timestamp expiry = {now.sec + (in->expires_in ? in->expires_in : DEFAULT_EXPIRES),
                                    0};
    char amz_date[40], expiration[40];
    awsc__ts_format_amz_date(now, amz_date);
    awsc__ts_format_iso8601(expiry, expiration); /* "%Y-%m-%dT%H:%M:%SZ" */

    struct policy pol = {NULL, 0, 0, arena};
    struct fields f = {NULL, 0, in->field_count + 8, arena};
    f.items = awsc__arena_alloc(arena, f.cap * sizeof *f.items);
    struct awsc_credentials creds = awsc__credentials_view(&id->c);
    char *scope = NULL;
    if (status == AWSC_OK) {
        scope = awsc__arena_printf(arena, "%s/%.8s/%s/%s/aws4_request",
                                   creds.access_key_id ? creds.access_key_id : "", amz_date,
                                   sg.region, sg.name);
        if (!scope || !f.items)
            status = nomem(err);
    }
    /* the caller's conditions, then the bucket's and the key's */
    for (size_t i = 0; status == AWSC_OK && i < in->condition_count; i++) {
        const struct awsc_post_condition *c = &in->conditions[i];
        char lo[24], hi[24];
        switch (c->type) {
        case AWSC_POST_MATCH:
            status = add_match(&pol, c->field, c->value);
            break;
        case AWSC_POST_EQ:
        case AWSC_POST_STARTS_WITH:
            status = add_array(&pol, c->type == AWSC_POST_EQ ? "eq" : "starts-with", c->field,
                               c->value, false);
            break;
        default:
            snprintf(lo, sizeof lo, "%lld", (long long)c->min);
            snprintf(hi, sizeof hi, "%lld", (long long)c->max);
            status = add_array(&pol, "content-length-range", awsc__arena_strdup(arena, lo),
                               awsc__arena_strdup(arena, hi), true);
            break;
        }
    }
    static const char FILENAME[] = "${filename}";
    size_t klen = strlen(in->key), flen = sizeof FILENAME - 1;
    if (status == AWSC_OK)
        status = add_match(&pol, "bucket", in->bucket);
    if (status == AWSC_OK) {
        if (klen >= flen && strcmp(in->key + klen - flen, FILENAME) == 0)
            status = add_array(&pol, "starts-with", "$key",
                               awsc__arena_strndup(arena, in->key, klen - flen), false);
        else
            status = add_match(&pol, "key", in->key);
    }
    /* the fields: the caller's, the key, then the signature's */
    for (size_t i = 0; status == AWSC_OK && i < in->field_count; i++)
        status = field_set(&f, in->fields[i].name, in->fields[i].value);
    if (status == AWSC_OK)
        status = field_set(&f, "key", in->key);
    const char *const sig_fields[][2] = {
        {"x-amz-algorithm", "AWS4-HMAC-SHA256"},
        {"x-amz-credential", scope},
        {"x-amz-date", amz_date},
        {"x-amz-security-token", creds.session_token},
    };
    for (size_t i = 0; status == AWSC_OK && i < 4; i++) {
        if (!sig_fields[i][1])
            continue;
        status = field_set(&f, sig_fields[i][0], sig_fields[i][1]);
        if (status == AWSC_OK)
            status = add_match(&pol, sig_fields[i][0], sig_fields[i][1]);
    }

    /* {"expiration": ..., "conditions": [...]} */
    struct awsc_buf json = AWSC_BUF_INIT;
    if (status == AWSC_OK) {
        struct awsc_document_entry top[2];
        top[0].key = "expiration";
        top[0].value = str_doc(expiration);
        memset(&top[1].value, 0, sizeof top[1].value);
        top[1].key = "conditions";
        top[1].value.type = AWSC_DOC_ARRAY;
        top[1].value.items = pol.items;
        top[1].value.count = pol.count;
        struct awsc_document doc;
        memset(&doc, 0, sizeof doc);
        doc.type = AWSC_DOC_OBJECT;
        doc.entries = top;
        doc.count = 2;
        struct awsc__json_opts jo = {.ascii = true};
        status = awsc__json_write_document(&json, &doc, &jo, err);
        if (status == AWSC_OK && json.failed)
            status = nomem(err);
    }
    /* the signature: HMAC-SHA256 of the base64 policy with the day's key */
    char *policy_b64 = NULL;
    char signature[65];
    if (status == AWSC_OK) {
        policy_b64 = awsc__arena_alloc(arena, awsc__base64_encoded_len(json.len) + 1);
        if (!policy_b64)
            status = nomem(err);
    }
    if (status == AWSC_OK) {
        awsc__base64_encode((const uint8_t *)json.data, json.len, policy_b64);
        const char *secret = creds.secret_access_key ? creds.secret_access_key : "";
        struct awsc_buf k = AWSC_BUF_INIT;
        awsc__buf_printf(&k, "AWS4%s", secret);
        uint8_t key[32], tmp[32];
        bool ok = awsc__hmac_sha256(k.data ? k.data : "", k.len, amz_date, 8, key) &&
                  awsc__hmac_sha256(key, 32, sg.region, strlen(sg.region), tmp) &&
                  awsc__hmac_sha256(tmp, 32, sg.name, strlen(sg.name), key) &&
                  awsc__hmac_sha256(key, 32, "aws4_request", 12, tmp) &&
                  awsc__hmac_sha256(tmp, 32, policy_b64, strlen(policy_b64), key);
        awsc__hex_encode(key, 32, signature);
        awsc__secure_zero(tmp, sizeof tmp);
        if (k.data)
            awsc__secure_zero(k.data, k.len);
        if (k.failed || !ok)
            status = nomem(err);
        awsc__buf_clean_up(&k);
    }
    if (status == AWSC_OK)
        status = field_set(&f, "policy", policy_b64);
    if (status == AWSC_OK)
        status = field_set(&f, "x-amz-signature", signature);
    if (status == AWSC_E_NOMEM)
        nomem(err);

    struct awsc_presigned_post *res = NULL;
    if (status == AWSC_OK) {
        res = awsc__output_new(arena, sizeof *res);
        char *url = awsc__arena_strdup(arena, t.url);
        char *policy = awsc__arena_strndup(arena, json.data, json.len);
        if (res && url && policy) {
            res->url = url;
            res->fields = f.items;
            res->field_count = f.count;
            res->policy = policy;
        } else {
            status = nomem(err);
        }
    }
    awsc__buf_clean_up(&json);
    awsc__target_clean_up(&t);
    awsc__request_clean_up(&req);
    if (status != AWSC_OK) {
        awsc__arena_destroy(arena);
        return status;
    }
    *out = res;
    return AWSC_OK;
}

#endif /* AWSC_WITH_PRESIGN */
