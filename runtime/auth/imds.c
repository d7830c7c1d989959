/*
 * The EC2 instance metadata service (botocore's InstanceMetadataProvider
 * and InstanceMetadataFetcher, and the AWS CLI's IMDS region): an IMDSv2
 * session token (PUT latest/api/token, TTL 21600 s), then the role name
 * and its credentials (GET latest/meta-data/iam/security-credentials/),
 * as asynchronous requests on the caller's transport.
 *
 * botocore's rules, kept: no token (403, 404, 405, a read timeout, or
 * every attempt failing) falls back to IMDSv1 requests without one,
 * unless ec2_metadata_v1_disabled (botocore 1.43) says not to; HTTP 400
 * to the token request means "no credentials here"; the GETs are retried
 * on anything but a 200 with a body (and for the credentials, valid JSON)
 * up to metadata_service_num_attempts times; a response without the four
 * fields is "no credentials here". Settings:
 *
 *   AWS_EC2_METADATA_DISABLED                (environment only)
 *   AWS_EC2_METADATA_SERVICE_ENDPOINT        ec2_metadata_service_endpoint
 *   AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE   ec2_metadata_service_endpoint_mode
 *   AWS_IMDS_USE_IPV6                        imds_use_ipv6
 *   AWS_METADATA_SERVICE_TIMEOUT             metadata_service_timeout (1 s)
 *   AWS_METADATA_SERVICE_NUM_ATTEMPTS        metadata_service_num_attempts (1)
 *   AWS_EC2_METADATA_V1_DISABLED             ec2_metadata_v1_disabled
 */
#include "auth.h"
#include "protocol/json.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BASE_IPV4  "http://169.254.169.254/"
#define BASE_IPV6  "http://[fd00:ec2::254]/"
#define TOKEN_PATH "latest/api/token"
#define TOKEN_TTL  "21600"
#define CREDS_PATH "latest/meta-data/iam/security-credentials/"
#define AZ_PATH    "latest/meta-data/placement/availability-zone/"

/* A setting from the environment, else the profile; *origin names it. */
static const char *setting(const struct awsc__shared_config *cfg, const char *env_name,
                           const char *key, const char **origin)
{
    const char *v = awsc__getenv_set(env_name);
    *origin = env_name;
    if (!v && cfg) {
        v = awsc__profile_get(cfg, NULL, key);
        *origin = key;
    }
    return v;
}

static int int_setting(const struct awsc__shared_config *cfg, const char *env_name, const char *key,
                       long dflt, long *out, struct awsc_error *err)
{
    const char *origin;
    const char *v = setting(cfg, env_name, key, &origin);
    *out = dflt;
    if (!v)
        return AWSC_OK;
    char *end;
    long n = strtol(v, &end, 10);
    while (*end == ' ' || *end == '\t')
        end++;
    if (end == v || *end || n < 0 || n > 3600)
        return awsc__fail(err, AWSC_E_CONFIG, "%s must be a whole number of %s, not \"%s\"", origin,
                          strcmp(key, "metadata_service_timeout") == 0 ? "seconds" : "attempts", v);
    *out = n;
    return AWSC_OK;
}

/* botocore's is_valid_uri: a URL whose host is a DNS name or an address
 * (IPv6 in brackets). */
static bool valid_uri(const char *url)
{
    const char *p = strstr(url, "://");
    if (!p)
        return false;
    p += 3;
    const char *at = strpbrk(p, "@/?#");
    if (at && *at == '@')
        p = at + 1;
    if (*p == '[') {
        const char *close = strchr(p, ']');
        return close && close > p + 1;
    }
    size_t n = strcspn(p, ":/?#");
    if (n == 0 || n > 255)
        return false;
    size_t label = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '.') {
            if (label == 0 && i + 1 != n)
                return false;
            if (p[i - 1] == '-')
                return false;
            label = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   (c == '-' && label > 0)) {
            if (++label > 63)
                return false;
        } else {
            return false;
        }
    }
    return p[n - 1] != '-';
}

void awsc__imds_settings_clean_up(struct awsc__imds_settings *s)
{
    awsc__free(s->base_url);
    memset(s, 0, sizeof *s);
}

int awsc__imds_settings(const struct awsc__shared_config *cfg, struct awsc__imds_settings *s,
                        struct awsc_error *err)
{
    memset(s, 0, sizeof *s);
    const char *disabled = getenv("AWS_EC2_METADATA_DISABLED");
    s->disabled = disabled && awsc__strcasecmp(disabled, "true") == 0;
    long timeout, attempts;
    int rc = int_setting(cfg, "AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout", 1,
                         &timeout, err);
    if (rc == AWSC_OK)
        rc = int_setting(cfg, "AWS_METADATA_SERVICE_NUM_ATTEMPTS", "metadata_service_num_attempts",
                         1, &attempts, err);
    if (rc != AWSC_OK)
        return rc;
    s->timeout_ms = timeout * 1000;
    s->attempts = (int)attempts;

    const char *origin;
    const char *mode = setting(cfg, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
                               "ec2_metadata_service_endpoint_mode", &origin);
    bool ipv6 = false;
    if (mode) {
        if (awsc__strcasecmp(mode, "ipv6") == 0)
            ipv6 = true;
        else if (awsc__strcasecmp(mode, "ipv4") != 0)
            return awsc__fail(err, AWSC_E_CONFIG,
                              "Invalid EC2 Instance Metadata endpoint mode: %s Valid endpoint "
                              "modes (case-insensitive): ('ipv4', 'ipv6'). (%s)",
                              mode, origin);
    } else {
        const char *v6 = setting(cfg, "AWS_IMDS_USE_IPV6", "imds_use_ipv6", &origin);
        ipv6 = v6 && awsc__strcasecmp(v6, "true") == 0;
    }
    const char *v1 =
        setting(cfg, "AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled", &origin);
    s->v1_disabled = v1 && awsc__strcasecmp(v1, "true") == 0;
    const char *endpoint =
        setting(cfg, "AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint", &origin);
    const char *base = endpoint ? endpoint : ipv6 ? BASE_IPV6 : BASE_IPV4;
    if (!valid_uri(base))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid endpoint EC2 Instance Metadata endpoint: %s (%s)", base, origin);
    s->base_url = awsc__strdup(base);
    return s->base_url ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* ----------------------------------------------------------- the exchange */

enum step { STEP_TOKEN, STEP_ROLE, STEP_CREDS, STEP_REGION };

struct awsc__imds_op {
    struct awsc__imds_settings s;
    struct awsc_transport *t;
    enum step step;
    int attempt;
    char *token; /* NULL: IMDSv1 */
    char *role;
    struct awsc_buf url;
    bool want_region;
    awsc__imds_cb *cb;
    void *ud;
};

static void op_free(struct awsc__imds_op *op)
{
    awsc__imds_settings_clean_up(&op->s);
    if (op->token)
        awsc__free(op->token);
    awsc__free(op->role);
    awsc__buf_clean_up(&op->url);
    awsc__free(op);
}

static void finish(struct awsc__imds_op *op, const struct awsc__imds_result *r)
{
    op->cb(op->ud, r);
    op_free(op);
}

static void finish_status(struct awsc__imds_op *op, int status, const char *message)
{
    struct awsc__imds_result r = {status, message, NULL, NULL};
    finish(op, &r);
}

static void send_step(struct awsc__imds_op *op);

static void after_token(struct awsc__imds_op *op)
{
    if (!op->token && op->s.v1_disabled) {
        finish_status(op, AWSC_E_CREDENTIALS,
                      "Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been "
                      "disabled (ec2_metadata_v1_disabled)");
        return;
    }
    op->step = op->want_region ? STEP_REGION : STEP_ROLE;
    op->attempt = 0;
    send_step(op);
}

/* 1: a JSON document; 0: not one; AWSC_E_NOMEM. */
static int json_object(const char *body, size_t len)
{
    struct awsc_arena *a = awsc__arena_new();
    if (!a)
        return AWSC_E_NOMEM;
    struct awsc_document doc;
    struct awsc__json_opts o = {0};
    int rc = awsc__json_read_document((const uint8_t *)body, len, &doc, a, &o, NULL);
    awsc__arena_destroy(a);
    return rc == AWSC_E_NOMEM ? rc : rc == AWSC_OK;
}

static void on_response(void *ud, const struct awsc__http_result *r)
{
    struct awsc__imds_op *op = ud;
    if (op->step == STEP_TOKEN) {
        if (r->status == AWSC_OK && r->http_status == 200) {
            op->token = awsc__strndup(r->body, r->body_len);
            if (!op->token) {
                finish_status(op, AWSC_E_NOMEM, "out of memory");
                return;
            }
            after_token(op);
            return;
        }
        if (r->status == AWSC_OK &&
            (r->http_status == 403 || r->http_status == 404 || r->http_status == 405)) {
            after_token(op); /* IMDSv1 */
            return;
        }
        if (r->status == AWSC_OK && r->http_status == 400) {
            finish_status(op, AWSC_E_NOT_FOUND,
                          "iam-role (the token request was refused with HTTP 400)");
            return;
        }
        /* a read timeout ends the tries at once; anything else is tried
         * again, and then IMDSv1 */
        bool read_timeout = r->status == AWSC_E_TIMEOUT && r->message &&
                            strncmp(r->message, "Read timeout", 12) == 0;
        if (r->status == AWSC_E_NOMEM) {
            finish_status(op, r->status, r->message);
            return;
        }
        if (read_timeout || op->attempt >= op->s.attempts) {
            after_token(op);
            return;
        }
        send_step(op);
        return;
    }
    /* the GETs: retried on a failure, a non-200, an empty body, and (the
     * credentials) a body that is not JSON */
    int json = 1;
    if (r->status == AWSC_OK && op->step == STEP_CREDS)
        json = json_object(r->body, r->body_len);
    bool good = r->status == AWSC_OK && r->http_status == 200 && r->body_len > 0 && json == 1;
    if (r->status == AWSC_E_NOMEM || json == AWSC_E_NOMEM) {
        finish_status(op, AWSC_E_NOMEM, "out of memory");
        return;
    }
    if (!good) {
        if (op->attempt < op->s.attempts) {
            send_step(op);
            return;
        }
        struct awsc_buf m = AWSC_BUF_INIT;
        awsc__buf_printf(&m, "iam-role (%s: ", op->url.data ? op->url.data : op->s.base_url);
        if (r->status != AWSC_OK)
            awsc__buf_printf(&m, "%s", r->message ? r->message : awsc_strerror(r->status));
        else
            awsc__buf_printf(&m, "HTTP %d%s", r->http_status, r->body_len ? "" : " with no body");
        awsc__buf_printf(&m, ", after %d attempt%s)", op->attempt, op->attempt == 1 ? "" : "s");
        finish_status(op, AWSC_E_NOT_FOUND, m.failed ? "iam-role (no answer)" : m.data);
        awsc__buf_clean_up(&m);
        return;
    }
    if (op->step == STEP_REGION) {
        char *az = awsc__strndup(r->body, r->body_len);
        if (!az) {
            finish_status(op, AWSC_E_NOMEM, "out of memory");
            return;
        }
        size_t n = strlen(az);
        if (n)
            az[n - 1] = '\0'; /* botocore: availability_zone[:-1] */
        struct awsc__imds_result res = {AWSC_OK, NULL, NULL, az};
        finish(op, &res);
        awsc__free(az);
        return;
    }
    if (op->step == STEP_ROLE) {
        op->role = awsc__strndup(r->body, r->body_len);
        if (!op->role) {
            finish_status(op, AWSC_E_NOMEM, "out of memory");
            return;
        }
        op->step = STEP_CREDS;
        op->attempt = 0;
        send_step(op);
        return;
    }
    /* the credentials document */
    struct awsc_arena *a = awsc__arena_new();
    struct awsc_document doc;
    struct awsc__json_opts o = {0};
    if (!a || awsc__json_read_document((const uint8_t *)r->body, r->body_len, &doc, a, &o, NULL) !=
                  AWSC_OK) {
        awsc__arena_destroy(a);
        finish_status(op, AWSC_E_NOMEM, "out of memory");
        return;
    }
    static const char *const fields[] = {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"};
    const char *v[4];
    for (int i = 0; i < 4; i++) {
        const struct awsc_document *d = awsc__document_get(&doc, fields[i]);
        v[i] = d && d->type == AWSC_DOC_STRING ? d->string : NULL;
        if (!v[i]) {
            const struct awsc_document *code = awsc__document_get(&doc, "Code");
            struct awsc_buf m = AWSC_BUF_INIT;
            awsc__buf_printf(&m, "iam-role (the credentials of role %s have no %s%s%s)", op->role,
                             fields[i], code && code->string ? "; Code: " : "",
                             code && code->string ? code->string : "");
            finish_status(op, AWSC_E_NOT_FOUND,
                          m.failed ? "iam-role (incomplete credentials)" : m.data);
            awsc__buf_clean_up(&m);
            awsc__arena_destroy(a);
            return;
        }
    }
    struct awsc__credentials c = AWSC__CREDENTIALS_INIT;
    int64_t expiration;
    if (!awsc__parse_expiration(v[3], &expiration)) {
        finish_status(op, AWSC_E_CREDENTIALS,
                      "Error when retrieving credentials from iam-role: Expiration is not a "
                      "timestamp");
        awsc__arena_destroy(a);
        return;
    }
    if (awsc__credentials_set(&c, "iam-role", v[0], v[1], v[2], NULL) != AWSC_OK) {
        finish_status(op, AWSC_E_NOMEM, "out of memory");
        awsc__arena_destroy(a);
        return;
    }
    c.expiration = expiration;
    struct awsc__imds_result res = {AWSC_OK, NULL, &c, NULL};
    finish(op, &res);
    awsc__credentials_clean_up(&c);
    awsc__arena_destroy(a);
}

static void send_step(struct awsc__imds_op *op)
{
    op->attempt++;
    awsc__buf_reset(&op->url);
    awsc__buf_puts(&op->url, op->s.base_url);
    size_t n = strlen(op->s.base_url);
    if (n && op->s.base_url[n - 1] != '/')
        awsc__buf_putc(&op->url, '/');
    struct awsc_http_header h[3];
    size_t hn = 0;
    const char *method = "GET";
    switch (op->step) {
    case STEP_TOKEN:
        method = "PUT";
        awsc__buf_puts(&op->url, TOKEN_PATH);
        h[hn++] = (struct awsc_http_header){"x-aws-ec2-metadata-token-ttl-seconds", TOKEN_TTL};
        break;
    case STEP_ROLE:
        awsc__buf_puts(&op->url, CREDS_PATH);
        break;
    case STEP_CREDS:
        awsc__buf_puts(&op->url, CREDS_PATH);
        awsc__buf_puts(&op->url, op->role);
        break;
    case STEP_REGION:
        awsc__buf_puts(&op->url, AZ_PATH);
        break;
    }
    if (op->step != STEP_TOKEN && op->token)
        h[hn++] = (struct awsc_http_header){"x-aws-ec2-metadata-token", op->token};
    h[hn++] = (struct awsc_http_header){"User-Agent", "awsc/" AWSC_VERSION_STRING};
    if (op->url.failed) {
        finish_status(op, AWSC_E_NOMEM, "out of memory");
        return;
    }
    struct awsc__http_get_args a = {method, op->url.data, h, hn, op->s.timeout_ms};
    int rc = awsc__http_exchange(op->t, &a, on_response, op);
    if (rc != AWSC_OK) {
        struct awsc__http_result r = {rc,
                                      rc == AWSC_E_NOMEM ? "out of memory"
                                      : rc == AWSC_E_INVALID_ARG
                                          ? "the instance metadata URL is not valid"
                                          : awsc_strerror(rc),
                                      0, "", 0};
        if (rc == AWSC_E_NOMEM || rc == AWSC_E_BUSY || rc == AWSC_E_INVALID_ARG)
            finish_status(op, rc == AWSC_E_INVALID_ARG ? AWSC_E_CONFIG : rc, r.message);
        else
            on_response(op, &r);
    }
}

int awsc__imds_start(struct awsc_transport *t, const struct awsc__imds_settings *s,
                     bool want_region, awsc__imds_cb *cb, void *ud)
{
    struct awsc__imds_op *op = awsc__calloc(1, sizeof *op);
    if (!op)
        return AWSC_E_NOMEM;
    op->s = *s;
    op->s.base_url = awsc__strdup(s->base_url);
    if (!op->s.base_url) {
        awsc__free(op);
        return AWSC_E_NOMEM;
    }
    if (op->s.attempts < 1)
        op->s.attempts = 1;
    op->t = t;
    op->want_region = want_region;
    op->cb = cb;
    op->ud = ud;
    op->step = STEP_TOKEN;
    send_step(op);
    return AWSC_OK;
}

/* ------------------------------------------------------------ the provider */

struct imds_provider {
    struct awsc__creds_env *env;
};

static void imds_destroy(void *impl)
{
    struct imds_provider *ip = impl;
    if (ip) {
        awsc__creds_env_release(ip->env);
        awsc__free(ip);
    }
}

static void creds_answered(void *ud, const struct awsc__imds_result *r)
{
    struct awsc__fetch *f = ud;
    if (r->status != AWSC_OK) {
        awsc__fetch_fail(f, r->status, "%s", r->message);
        return;
    }
    struct awsc__credentials c;
    if (awsc__credentials_copy(&c, r->creds) != AWSC_OK)
        awsc__fetch_fail(f, AWSC_E_NOMEM, "out of memory");
    else
        awsc__fetch_ok(f, &c);
}

static void imds_fetch(struct awsc__provider *p, struct awsc__fetch *f)
{
    struct imds_provider *ip = awsc__provider_impl(p);
    struct awsc__imds_settings s;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__imds_settings(ip->env->cfg, &s, &err) != AWSC_OK) {
        awsc__fetch_fail(f, err.status, "Error when retrieving credentials from iam-role: %s",
                         err.message);
        awsc_error_clean_up(&err);
        return;
    }
    if (s.disabled) {
        awsc__imds_settings_clean_up(&s);
        awsc__fetch_fail(f, AWSC_E_NOT_FOUND, "iam-role (AWS_EC2_METADATA_DISABLED is true)");
        return;
    }
    int rc = awsc__imds_start(awsc__fetch_transport(f), &s, false, creds_answered, f);
    awsc__imds_settings_clean_up(&s);
    if (rc != AWSC_OK)
        awsc__fetch_fail(f, rc, "out of memory");
}

static const struct awsc__provider_ops IMDS_OPS = {
    .method = "iam-role", .fetch = imds_fetch, .destroy = imds_destroy};

int awsc__imds_provider_new(struct awsc__creds_env *env, struct awsc__provider **out)
{
    *out = NULL;
    struct imds_provider *ip = awsc__calloc(1, sizeof *ip);
    if (!ip)
        return AWSC_E_NOMEM;
    awsc__creds_env_retain(env);
    ip->env = env;
    return awsc__provider_new(&IMDS_OPS, ip, AWSC__PROVIDER_CREDENTIALS, 0, out);
}

/* ------------------------------------------------------------- the region */

struct region_wait {
    bool done;
    char *region;
};

static void region_answered(void *ud, const struct awsc__imds_result *r)
{
    struct region_wait *w = ud;
    w->done = true;
    if (r->status == AWSC_OK && r->region && *r->region)
        w->region = awsc__strdup(r->region);
}

/* What IMDS said of the region, per process: the last endpoint asked and
 * its answer (none included), so that clients made one after another
 * without a region ask once (the AWS CLI asks once per session). */
static pthread_mutex_t g_region_mu = PTHREAD_MUTEX_INITIALIZER;
static char *g_region_url;
static char *g_region;

static bool cached_region(const char *url, char **out, bool *hit)
{
    pthread_mutex_lock(&g_region_mu);
    *hit = g_region_url && strcmp(g_region_url, url) == 0;
    *out = *hit && g_region ? awsc__strdup(g_region) : NULL;
    bool ok = !*hit || !g_region || *out;
    pthread_mutex_unlock(&g_region_mu);
    return ok;
}

static void remember_region(const char *url, const char *region)
{
    char *u = awsc__strdup(url);
    char *r = region ? awsc__strdup(region) : NULL;
    if (!u || (region && !r)) {
        awsc__free(u);
        awsc__free(r);
        return;
    }
    pthread_mutex_lock(&g_region_mu);
    awsc__free(g_region_url);
    awsc__free(g_region);
    g_region_url = u;
    g_region = r;
    pthread_mutex_unlock(&g_region_mu);
}

int awsc__imds_region(const struct awsc__shared_config *cfg, const char *ca_bundle, char **out,
                      struct awsc_error *err)
{
    *out = NULL;
    struct awsc__imds_settings s;
    int rc = awsc__imds_settings(cfg, &s, err);
    if (rc != AWSC_OK)
        return rc;
    if (s.disabled) {
        awsc__imds_settings_clean_up(&s);
        return AWSC_OK;
    }
    bool hit = false;
    if (!cached_region(s.base_url, out, &hit)) {
        awsc__imds_settings_clean_up(&s);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    if (hit) {
        awsc__imds_settings_clean_up(&s);
        return AWSC_OK;
    }
    struct awsc_transport_options o = {0};
    o.ca_bundle = ca_bundle;
    struct awsc_transport *t = NULL;
    rc = awsc__transport_new_resolving(&o, &t);
    if (rc != AWSC_OK) {
        awsc__imds_settings_clean_up(&s);
        return awsc__fail(err, rc, "could not create the HTTP transport: %s",
                          awsc__transport_default_problem(rc));
    }
    struct region_wait w = {false, NULL};
    rc = awsc__imds_start(t, &s, true, region_answered, &w);
    if (rc == AWSC_OK)
        rc = awsc__transport_run_until(t, &w.done);
    awsc_transport_release(t);
    if (rc != AWSC_OK) {
        awsc__imds_settings_clean_up(&s);
        awsc__free(w.region);
        return awsc__fail(err, rc, "asking the instance metadata service for the region: %s",
                          awsc_strerror(rc));
    }
    remember_region(s.base_url, w.region);
    awsc__imds_settings_clean_up(&s);
    *out = w.region; /* NULL when IMDS gave none: no region, as botocore */
    return AWSC_OK;
}
