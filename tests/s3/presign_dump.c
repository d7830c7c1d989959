/*
 * presign_dump: awsc's presigned URLs and POST policies as JSON, for the
 * comparison with botocore (presign_test.py).
 *
 *   presign_dump           requests on stdin, results on stdout
 *   presign_dump --list    the compiled services
 *
 * Reads one JSON request a line:
 *   {"service": "s3", "operation": "GetObject", "input": {...}, "expires": 3600,
 *    "method": "PUT", "region": "us-east-1", "endpoint_url": "https://...",
 *    "token": "...", "time": EPOCH}
 *   {"service": "s3", "post": {"bucket": "b", "key": "k", "fields": [[n, v]...],
 *    "conditions": [{"field": "v"} | ["eq"|"starts-with", "$f", "v"] |
 *    ["content-length-range", 1, 2]], "expires": N}, ...}
 *   {"service": "sts", "db_auth": {"hostname": "h", "port": 5432,
 *    "username": "u", "region": "r" (or absent)}, ...}
 * and writes one line each: {"url", "method", "headers"}, {"url", "fields",
 * "policy"} or {"token"}, or {"error": "..."}.
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "protocol/json.h"

static void put_str(struct awsc_buf *b, const char *s)
{
    awsc__json_put_string(b, s, strlen(s));
}

static void error_line(const char *msg)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"error\":");
    put_str(&b, msg ? msg : "?");
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
}

static const char *doc_str(const struct awsc_document *d, const char *key)
{
    const struct awsc_document *v = awsc__document_get(d, key);
    return v && v->type == AWSC_DOC_STRING ? v->string : NULL;
}

static int64_t doc_int(const struct awsc_document *d, const char *key)
{
    const struct awsc_document *v = awsc__document_get(d, key);
    return v && v->type == AWSC_DOC_NUMBER ? (int64_t)v->number : 0;
}

static int post(struct awsc_client *c, const struct awsc_document *p, struct awsc_arena *a,
                struct awsc_error *err)
{
    struct awsc_presign_post_input in = {.bucket = doc_str(p, "bucket"),
                                         .key = doc_str(p, "key"),
                                         .expires_in = doc_int(p, "expires")};
    const struct awsc_document *fields = awsc__document_get(p, "fields");
    const struct awsc_document *conds = awsc__document_get(p, "conditions");
    if (fields && fields->type == AWSC_DOC_ARRAY) {
        struct awsc_form_field *f = awsc__arena_alloc(a, (fields->count + 1) * sizeof *f);
        for (size_t i = 0; i < fields->count; i++) {
            f[i].name = fields->items[i].items[0].string;
            f[i].value = fields->items[i].items[1].string;
        }
        in.fields = f;
        in.field_count = fields->count;
    }
    if (conds && conds->type == AWSC_DOC_ARRAY) {
        struct awsc_post_condition *pc = awsc__arena_alloc(a, (conds->count + 1) * sizeof *pc);
        for (size_t i = 0; i < conds->count; i++) {
            const struct awsc_document *d = &conds->items[i];
            if (d->type == AWSC_DOC_OBJECT) {
                pc[i].type = AWSC_POST_MATCH;
                pc[i].field = d->entries[0].key;
                pc[i].value = d->entries[0].value.string;
            } else if (strcmp(d->items[0].string, "content-length-range") == 0) {
                pc[i].type = AWSC_POST_CONTENT_LENGTH_RANGE;
                pc[i].min = (int64_t)d->items[1].number;
                pc[i].max = (int64_t)d->items[2].number;
            } else {
                pc[i].type =
                    strcmp(d->items[0].string, "eq") == 0 ? AWSC_POST_EQ : AWSC_POST_STARTS_WITH;
                pc[i].field = d->items[1].string;
                pc[i].value = d->items[2].string;
            }
        }
        in.conditions = pc;
        in.condition_count = conds->count;
    }
    struct awsc_presigned_post *out = NULL;
    int rc = awsc_presign_post(c, &in, &out, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"url\":");
    put_str(&b, out->url);
    awsc__buf_puts(&b, ",\"fields\":[");
    for (size_t i = 0; i < out->field_count; i++) {
        awsc__buf_puts(&b, i ? ",[" : "[");
        put_str(&b, out->fields[i].name);
        awsc__buf_putc(&b, ',');
        put_str(&b, out->fields[i].value);
        awsc__buf_putc(&b, ']');
    }
    awsc__buf_puts(&b, "],\"policy\":");
    put_str(&b, out->policy);
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
    awsc_output_free(out);
    return AWSC_OK;
}

static int db_auth(struct awsc_client *c, const struct awsc_document *p, struct awsc_error *err)
{
    char *token = NULL;
    int rc = awsc_rds_db_auth_token(c, doc_str(p, "hostname"), (int)doc_int(p, "port"),
                                    doc_str(p, "username"), doc_str(p, "region"), &token, err);
    if (rc != AWSC_OK)
        return rc;
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "{\"token\":");
    put_str(&b, token);
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
    awsc_output_free(token);
    return AWSC_OK;
}

static void one(const char *line)
{
    struct awsc_arena *a = awsc__arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_document req;
    struct awsc__json_opts jo = {0};
    int rc = awsc__json_read_document((const uint8_t *)line, strlen(line), &req, a, &jo, &err);
    const struct awsc_service *svc =
        rc == AWSC_OK ? awsc_service_find(doc_str(&req, "service")) : NULL;
    struct awsc_client *c = NULL;
    if (rc == AWSC_OK && !svc)
        rc = awsc__fail(&err, AWSC_E_NOT_FOUND, "service not compiled in");
    if (rc == AWSC_OK) {
        struct awsc_credentials creds = {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                         doc_str(&req, "token")};
        struct awsc_config cfg = AWSC_CONFIG_INIT;
        cfg.region = doc_str(&req, "region");
        cfg.endpoint_url = doc_str(&req, "endpoint_url");
        cfg.credentials = &creds;
        cfg.fixed_time = doc_int(&req, "time");
        rc = awsc_client_new(svc, &cfg, &c, &err);
    }
    const struct awsc_document *p = rc == AWSC_OK ? awsc__document_get(&req, "post") : NULL;
    const struct awsc_document *d = rc == AWSC_OK ? awsc__document_get(&req, "db_auth") : NULL;
    if (rc == AWSC_OK && p) {
        rc = post(c, p, a, &err);
    } else if (rc == AWSC_OK && d) {
        rc = db_auth(c, d, &err);
    } else if (rc == AWSC_OK) {
        const char *name = doc_str(&req, "operation");
        const struct awsc_operation *op = awsc_service_operation(svc, name ? name : "");
        void *input = NULL;
        const struct awsc_document *in = awsc__document_get(&req, "input");
        if (op && awsc_operation_input(op) && in) {
            /* the input document back to text, read as the CLI reads it */
            struct awsc_buf t = AWSC_BUF_INIT;
            struct awsc__json_opts wo = {0};
            awsc__json_write_document(&t, in, &wo, &err);
            input = awsc__arena_alloc(a, awsc_operation_input(op)->size);
            struct awsc__json_opts ro = {.member_names = true};
            rc = awsc__json_read((const uint8_t *)t.data, t.len, awsc_operation_input(op), input, a,
                                 &ro, &err);
            awsc__buf_clean_up(&t);
        }
        struct awsc_presign_options o = {.expires_in = doc_int(&req, "expires"),
                                         .http_method = doc_str(&req, "method")};
        struct awsc_presigned_url *u = NULL;
        if (rc == AWSC_OK)
            rc = awsc_presign_url(c, name ? name : "", input, &o, &u, &err);
        if (rc == AWSC_OK) {
            struct awsc_buf b = AWSC_BUF_INIT;
            awsc__buf_puts(&b, "{\"url\":");
            put_str(&b, u->url);
            awsc__buf_puts(&b, ",\"method\":");
            put_str(&b, u->method);
            awsc__buf_puts(&b, ",\"headers\":{");
            for (size_t i = 0; i < u->header_count; i++) {
                if (i)
                    awsc__buf_putc(&b, ',');
                put_str(&b, u->headers[i].name);
                awsc__buf_putc(&b, ':');
                put_str(&b, u->headers[i].value);
            }
            awsc__buf_puts(&b, "}}\n");
            fputs(b.data, stdout);
            awsc__buf_clean_up(&b);
            awsc_output_free(u);
        }
    }
    if (rc != AWSC_OK)
        error_line(err.message ? err.message : awsc_strerror(rc));
    fflush(stdout);
    awsc_client_destroy(c);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(a);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--list") == 0) {
        size_t n;
        const struct awsc_service *const *all = awsc_services(&n);
        for (size_t k = 0; k < n; k++)
            printf("%s\n", awsc_service_name(all[k]));
        return 0;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n')
            line[n - 1] = '\0';
        one(line);
    }
    free(line);
    return 0;
}
