/*
 * Paginators and waiters against the stub transport (its clock is
 * virtual: waiter delays cost nothing).
 *
 * The PagerTest service (tests/paginate/models) has what the real models
 * spread over many services: a paginator with two tokens, an output token
 * `NextMarker || Things[-1].Name`, a more-results flag, a limit key,
 * three result keys (a list of structures, a list of strings, a count) and
 * a non-aggregate key; a plain one for the repeated-token case; waiters
 * with path, pathAll, pathAny, status, error and filter acceptors. DynamoDB
 * Scan (a map token) and Kinesis DescribeStream (`Shards[-1].ShardId`
 * with HasMoreShards) check real tables too.
 */
#include <awsc/dynamodb.h>
#include <awsc/kinesis.h>
#include <awsc/pagertest.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)
#define CHECK_CONTAINS(hay, needle)                                                        \
    do {                                                                                   \
        const char *h_ = (hay);                                                            \
        if (!h_ || !strstr(h_, (needle))) {                                                \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
                    h_ ? h_ : "(null)", (needle));                                         \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)
#define CHECK_STATUS(got, want, err)                                            \
    do {                                                                        \
        int g_ = (got);                                                         \
        if (g_ != (want)) {                                                     \
            fprintf(stderr, "%s:%d: %s, expected %s: %s\n", __FILE__, __LINE__, \
                    awsc_status_name(g_), awsc_status_name(want),               \
                    (err)->message ? (err)->message : "");                      \
            failures++;                                                         \
        }                                                                       \
    } while (0)

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "secret-key-for-tests", NULL};
static const char *JSON10 = "Content-Type: application/x-amz-json-1.0\r\n";
static const char *JSON11 = "Content-Type: application/x-amz-json-1.1\r\n";

static struct awsc_client *client_for(const struct awsc_service *svc, struct awsc_stub *stub)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://127.0.0.1:1";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.max_attempts = 1;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

/* A request's body as a string (recorded bodies are not NUL-terminated). */
static const char *body_of(const struct awsc_stub_request *req)
{
    static char buf[8192];
    size_t n = req->body_len < sizeof buf - 1 ? req->body_len : sizeof buf - 1;
    if (n)
        memcpy(buf, req->body, n);
    buf[n] = '\0';
    return buf;
}

/* The string value of "key" in a request body as awsc writes it
 * ("Key": "value"), or NULL. */
static char *body_string(const struct awsc_stub_request *req, const char *key, char *out,
                         size_t cap)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\": \"", key);
    const char *b = body_of(req);
    const char *p = strstr(b, pat);
    if (!p)
        return NULL;
    p += strlen(pat);
    size_t n = 0;
    while (p[n] && p[n] != '"' && n + 1 < cap)
        n++;
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

static long body_int(const struct awsc_stub_request *req, const char *key, long dflt)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\": ", key);
    const char *b = body_of(req);
    const char *p = strstr(b, pat);
    return p ? strtol(p + strlen(pat), NULL, 10) : dflt;
}

/* ------------------------------------------------ the ListThings server */

#define THINGS 10

struct things_server {
    int requests;
    int bad_requests;
    char body[4096];
};

/* Pages of MaxItems things (default 4) from after Marker. VersionMarker
 * must be the "vm-<start>" the previous page gave. Odd pages leave out
 * NextMarker, so the pager falls back to Things[-1].Name; the last page
 * still carries a NextMarker, which IsTruncated=false overrides. */
static int things_responder(void *ud, const struct awsc_stub_request *req,
                            struct awsc_stub_response *resp)
{
    struct things_server *s = ud;
    const char *target = awsc_stub_request_header(req, "X-Amz-Target");
    if (!target || !strstr(target, "ListThings"))
        return 1;
    s->requests++;
    char marker[64], vmarker[64];
    int start = 0;
    if (body_string(req, "Marker", marker, sizeof marker))
        start = atoi(marker + 1) + 1;
    char want[32];
    snprintf(want, sizeof want, "vm-%d", start);
    bool has_v = body_string(req, "VersionMarker", vmarker, sizeof vmarker) != NULL;
    if ((start > 0) != has_v || (has_v && strcmp(vmarker, want) != 0)) {
        s->bad_requests++;
        resp->http_status = 400;
        resp->headers = JSON10;
        snprintf(s->body, sizeof s->body,
                 "{\"__type\": \"ValidationException\", \"message\": \"bad version marker\"}");
        resp->body = (const uint8_t *)s->body;
        resp->body_len = strlen(s->body);
        return 0;
    }
    long max = body_int(req, "MaxItems", 4);
    int end = start + (int)max;
    if (end > THINGS)
        end = THINGS;
    int page = start / (int)max;
    char *b = s->body;
    size_t cap = sizeof s->body, n = 0;
    n += (size_t)snprintf(b + n, cap - n, "{\"Things\": [");
    for (int i = start; i < end; i++)
        n += (size_t)snprintf(b + n, cap - n, "%s{\"Name\": \"t%d\", \"Version\": \"v%d\"}",
                              i > start ? ", " : "", i, i);
    n += (size_t)snprintf(b + n, cap - n,
                          "], \"Prefixes\": [\"p%d/\"], \"Total\": %d, \"Owner\": {\"Id\": "
                          "\"owner-%d\"}, \"NextVersionMarker\": \"vm-%d\", \"IsTruncated\": %s",
                          page, end - start, page, end, end < THINGS ? "true" : "false");
    if (page % 2 == 0 || end >= THINGS)
        n += (size_t)snprintf(b + n, cap - n, ", \"NextMarker\": \"t%d\"", end - 1);
    snprintf(b + n, cap - n, "}");
    resp->http_status = 200;
    resp->headers = JSON10;
    resp->body = (const uint8_t *)b;
    resp->body_len = strlen(b);
    return 0;
}

static struct awsc_client *things_client(struct awsc_stub *stub, struct things_server *s)
{
    memset(s, 0, sizeof *s);
    awsc_stub_set_responder(stub, things_responder, s);
    awsc_stub_clear_requests(stub);
    return client_for(awsc_pagertest_service(), stub);
}

static void test_pages(struct awsc_stub *stub)
{
    struct things_server s;
    struct awsc_client *c = things_client(stub, &s);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_list_things_input in = {.prefix = "any"};
    struct awsc_page_options opts = {.page_size = 3};
    struct awsc_pager *p = NULL;
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    int pages = 0, things = 0;
    for (;;) {
        struct awsc_pagertest_list_things_output *page = NULL;
        int rc = awsc_pagertest_list_things_next_page(p, &page, &err);
        CHECK_STATUS(rc, AWSC_OK, &err);
        if (rc != AWSC_OK || !page)
            break;
        for (size_t i = 0; i < page->things.count; i++) {
            char name[32];
            snprintf(name, sizeof name, "t%d", things++);
            CHECK(strcmp(page->things.items[i].name, name) == 0);
        }
        CHECK(page->owner && page->prefixes.count == 1);
        pages++;
        awsc_output_free(page);
    }
    CHECK(pages == 4 && things == THINGS);
    CHECK(s.requests == 4 && s.bad_requests == 0);
    CHECK(awsc_pager_done(p) && awsc_pager_resume_token(p) == NULL);
    CHECK(awsc_pager_page_count(p) == 4 && awsc_pager_item_count(p) == THINGS);
    /* both tokens went out, and the limit key with the page size */
    if (awsc_stub_request_count(stub) == 4) {
        char b0[512];
        snprintf(b0, sizeof b0, "%.500s", body_of(awsc_stub_request(stub, 0)));
        const char *b2 = body_of(awsc_stub_request(stub, 2));
        CHECK(strstr(b0, "\"MaxItems\": 3") && !strstr(b0, "Marker"));
        /* page 1 had no NextMarker: the token came from Things[-1].Name */
        CHECK_CONTAINS(b2, "\"Marker\": \"t5\"");
        CHECK_CONTAINS(b2, "\"VersionMarker\": \"vm-6\"");
        CHECK_CONTAINS(b2, "\"Prefix\": \"any\"");
    }
    /* after the end: NULL pages, no more requests */
    struct awsc_pagertest_list_things_output *none = (void *)&s;
    CHECK_STATUS(awsc_pagertest_list_things_next_page(p, &none, &err), AWSC_OK, &err);
    CHECK(none == NULL && s.requests == 4);
    awsc_pager_destroy(p);

    /* a page size the operation cannot take: no pager */
    struct awsc_pagertest_list_names_input ln = {0};
    CHECK_STATUS(awsc_pagertest_list_names_paginate(c, &ln, &opts, &p, &err), AWSC_E_INVALID_ARG,
                 &err);
    CHECK_CONTAINS(err.message, "PageSize parameter is not supported");
    CHECK(p == NULL);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

/* Items one by one, stopping after `stop` (0: all); returns how many. */
static int walk_items(struct awsc_pager *p, int first, int stop)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int n = 0;
    for (;;) {
        const struct awsc_pagertest_thing *t = NULL;
        int rc = awsc_pagertest_list_things_next_item(p, &t, &err);
        CHECK_STATUS(rc, AWSC_OK, &err);
        if (rc != AWSC_OK || !t)
            break;
        char name[32];
        snprintf(name, sizeof name, "t%d", first + n);
        if (strcmp(t->name, name) != 0) {
            fprintf(stderr, "item %d is %s, expected %s\n", first + n, t->name, name);
            failures++;
        }
        n++;
        if (stop && n == stop)
            break;
    }
    awsc_error_clean_up(&err);
    return n;
}

static void test_items_and_resume(struct awsc_stub *stub)
{
    struct things_server s;
    struct awsc_client *c = things_client(stub, &s);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_list_things_input in = {0};
    struct awsc_pager *p = NULL;

    /* every item, default page size */
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 0, 0) == THINGS);
    CHECK(s.requests == 3 && s.bad_requests == 0);
    CHECK(awsc_pager_item_count(p) == THINGS);
    awsc_pager_destroy(p);

    /* max_items cuts a page: 7 of 10 with pages of 3, then resume */
    struct awsc_page_options opts = {.page_size = 3, .max_items = 7};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 0, 0) == 7);
    const char *tok = awsc_pager_resume_token(p);
    CHECK(tok != NULL);
    char token[512] = "";
    if (tok) {
        snprintf(token, sizeof token, "%s", tok);
        /* botocore's format: base64 of the tokens the cut page was asked
         * with, and how many of its items were taken */
        uint8_t raw[512];
        size_t raw_len = 0;
        CHECK(awsc__base64_decode(token, strlen(token), raw, &raw_len));
        raw[raw_len] = '\0';
        CHECK(strcmp((char *)raw, "{\"Marker\": \"t5\", \"VersionMarker\": \"vm-6\", "
                                  "\"boto_truncate_amount\": 1}") == 0);
    }
    awsc_pager_destroy(p);
    opts = (struct awsc_page_options){.page_size = 3, .starting_token = token};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 7, 0) == 3);
    awsc_pager_destroy(p);

    /* max_items on a page boundary: the resume token has no amount */
    opts = (struct awsc_page_options){.page_size = 3, .max_items = 6};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    struct awsc_pagertest_list_things_output *page;
    int got = 0;
    while (awsc_pagertest_list_things_next_page(p, &page, &err) == AWSC_OK && page) {
        got += (int)page->things.count;
        awsc_output_free(page);
    }
    CHECK(got == 6);
    snprintf(token, sizeof token, "%s",
             awsc_pager_resume_token(p) ? awsc_pager_resume_token(p) : "");
    awsc_pager_destroy(p);
    opts = (struct awsc_page_options){.page_size = 3, .starting_token = token};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 6, 0) == 4);
    awsc_pager_destroy(p);

    /* stopping anywhere: the resume token continues after the last item */
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 0, 5) == 5);
    snprintf(token, sizeof token, "%s",
             awsc_pager_resume_token(p) ? awsc_pager_resume_token(p) : "");
    awsc_pager_destroy(p);
    opts = (struct awsc_page_options){.starting_token = token};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK(walk_items(p, 5, 0) == 5);
    awsc_pager_destroy(p);

    /* bad starting tokens */
    const char *bad[] = {"not base64!", "bm90IGpzb24=" /* "not json" */, "WzEsIDJd" /* [1, 2] */,
                         "eyJGb28iOiAiYmFyIn0=" /* {"Foo": "bar"} */,
                         "eyJib3RvX3RydW5jYXRlX2Ftb3VudCI6IC0xfQ==" /* amount -1 */};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        opts = (struct awsc_page_options){.starting_token = bad[i]};
        p = NULL;
        CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err),
                     AWSC_E_INVALID_ARG, &err);
        CHECK_CONTAINS(err.message, "Bad starting token");
        CHECK(p == NULL);
        awsc_error_clean_up(&err);
    }

    /* a pager used through another paginator's wrapper */
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    const char *name = NULL;
    CHECK_STATUS(awsc_pagertest_list_names_next_item(p, &name, &err), AWSC_E_INVALID_ARG, &err);
    CHECK_CONTAINS(err.message, "pages through PagerTest.ListThings, not PagerTest.ListNames");
    awsc_error_clean_up(&err);
    awsc_pager_destroy(p);
    CHECK(s.bad_requests == 0);
    awsc_client_destroy(c);
}

static void test_collect(struct awsc_stub *stub)
{
    struct things_server s;
    struct awsc_client *c = things_client(stub, &s);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_list_things_input in = {0};
    struct awsc_pager *p = NULL;
    struct awsc_pagertest_list_things_output *all = NULL;
    struct awsc_page_options opts = {.page_size = 3};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_things_collect(p, &all, &err), AWSC_OK, &err);
    for (size_t i = 0; getenv("PG_DEBUG") && i < awsc_stub_request_count(stub); i++)
        fprintf(stderr, "request %zu: %s\n", i, body_of(awsc_stub_request(stub, i)));
    if (all) {
        CHECK(all->things.count == THINGS);
        for (size_t i = 0; i < all->things.count; i++) {
            char name[32];
            snprintf(name, sizeof name, "t%zu", i);
            CHECK(strcmp(all->things.items[i].name, name) == 0);
        }
        CHECK(all->prefixes.count == 4 && strcmp(all->prefixes.items[3], "p3/") == 0);
        CHECK(all->has_total && all->total == THINGS);               /* summed */
        CHECK(all->owner && strcmp(all->owner->id, "owner-0") == 0); /* the first */
        CHECK(!all->next_marker && !all->next_version_marker && !all->has_is_truncated);
    }
    awsc_output_free(all);
    CHECK(awsc_pager_resume_token(p) == NULL);
    awsc_pager_destroy(p);

    /* with max_items: cut, and a token to go on with */
    opts.max_items = 5;
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_things_collect(p, &all, &err), AWSC_OK, &err);
    CHECK(all && all->things.count == 5 && all->total == 6); /* the cut page counts whole */
    CHECK(awsc_pager_resume_token(p) != NULL);
    awsc_output_free(all);
    awsc_pager_destroy(p);
    awsc_client_destroy(c);
}

/* ------------------------------------------------------------- async */

struct async_walk {
    struct awsc_pager *pager;
    int pages, items, ends, errors;
    int first_status;
};

static void on_page(void *ud, int status, struct awsc_pagertest_list_things_output *page,
                    struct awsc_error *err)
{
    struct async_walk *w = ud;
    if (status != AWSC_OK) {
        fprintf(stderr, "async page: %s\n", err && err->message ? err->message : "?");
        w->errors++;
        return;
    }
    if (!page) {
        w->ends++;
        return;
    }
    w->pages++;
    w->items += (int)page->things.count;
    awsc_output_free(page);
    struct awsc_error e = AWSC_ERROR_INIT;
    if (awsc_pagertest_list_things_next_page_async(w->pager, on_page, w, &e) != AWSC_OK)
        w->errors++;
    awsc_error_clean_up(&e);
}

static void on_item(void *ud, int status, const struct awsc_pagertest_thing *item,
                    struct awsc_error *err)
{
    struct async_walk *w = ud;
    if (status != AWSC_OK) {
        fprintf(stderr, "async item: %s\n", err && err->message ? err->message : "?");
        w->errors++;
        return;
    }
    if (!item) {
        w->ends++;
        return;
    }
    char name[32];
    snprintf(name, sizeof name, "t%d", w->items);
    CHECK(strcmp(item->name, name) == 0);
    w->items++;
    struct awsc_error e = AWSC_ERROR_INIT;
    if (awsc_pagertest_list_things_next_item_async(w->pager, on_item, w, &e) != AWSC_OK)
        w->errors++;
    awsc_error_clean_up(&e);
}

static void test_async(struct awsc_stub *stub)
{
    struct things_server s;
    struct awsc_client *c = things_client(stub, &s);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_list_things_input in = {0};
    struct awsc_transport *t = awsc_stub_transport(stub);

    struct async_walk w = {0};
    struct awsc_page_options opts = {.page_size = 3};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &w.pager, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_things_next_page_async(w.pager, on_page, &w, &err), AWSC_OK,
                 &err);
    /* one request at a time */
    CHECK_STATUS(awsc_pagertest_list_things_next_page_async(w.pager, on_page, &w, &err),
                 AWSC_E_BUSY, &err);
    awsc_error_clean_up(&err);
    CHECK(w.pages == 0); /* never from inside the submitting call */
    awsc_transport_run(t);
    CHECK(w.pages == 4 && w.items == THINGS && w.ends == 1 && w.errors == 0);
    awsc_pager_destroy(w.pager);

    w = (struct async_walk){0};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &w.pager, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_things_next_item_async(w.pager, on_item, &w, &err), AWSC_OK,
                 &err);
    CHECK(w.items == 0);
    awsc_transport_run(t);
    CHECK(w.items == THINGS && w.ends == 1 && w.errors == 0);
    awsc_pager_destroy(w.pager);

    /* destroyed with a request in flight: no callback, nothing leaks */
    w = (struct async_walk){0};
    CHECK_STATUS(awsc_pagertest_list_things_paginate(c, &in, &opts, &w.pager, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_things_next_page_async(w.pager, on_page, &w, &err), AWSC_OK,
                 &err);
    awsc_pager_destroy(w.pager);
    awsc_transport_run(t);
    CHECK(w.pages == 0 && w.ends == 0 && w.errors == 0);
    CHECK(s.bad_requests == 0);
    awsc_client_destroy(c);
}

/* ----------------------------------------------- a repeated token */

static void test_repeated_token(struct awsc_stub *stub)
{
    awsc_stub_set_responder(stub, NULL, NULL);
    awsc_stub_clear_requests(stub);
    struct awsc_client *c = client_for(awsc_pagertest_service(), stub);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_list_names_input in = {0};
    struct awsc_pager *p = NULL;
    const char *body = "{\"Names\": [\"a\", \"b\"], \"NextToken\": \"again\"}";

    /* pages: both pages are handed out, then the error */
    awsc_stub_push_simple(stub, 200, JSON10, body);
    awsc_stub_push_simple(stub, 200, JSON10, body);
    CHECK_STATUS(awsc_pagertest_list_names_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    struct awsc_pagertest_list_names_output *page = NULL;
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_OK, &err);
    CHECK(page && page->names.count == 2);
    awsc_output_free(page);
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_OK, &err);
    CHECK(page != NULL);
    awsc_output_free(page);
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_E_PAGINATION, &err);
    CHECK(page == NULL);
    CHECK_CONTAINS(err.message, "PagerTest.ListNames returned the same pagination token twice");
    CHECK_CONTAINS(err.message, "{\"NextToken\": \"again\"}");
    awsc_error_clean_up(&err);
    /* it stays that way, with no request sent */
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_E_PAGINATION, &err);
    awsc_error_clean_up(&err);
    CHECK(awsc_stub_request_count(stub) == 2);
    CHECK(awsc_pager_resume_token(p) == NULL);
    awsc_pager_destroy(p);

    /* items: four names, then the error */
    awsc_stub_push_simple(stub, 200, JSON10, body);
    awsc_stub_push_simple(stub, 200, JSON10, body);
    CHECK_STATUS(awsc_pagertest_list_names_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    const char *name;
    int n = 0, rc;
    while ((rc = awsc_pagertest_list_names_next_item(p, &name, &err)) == AWSC_OK && name)
        n++;
    CHECK(n == 4 && rc == AWSC_E_PAGINATION);
    awsc_error_clean_up(&err);
    awsc_pager_destroy(p);

    /* a starting token the service echoes back is caught too */
    awsc_stub_push_simple(stub, 200, JSON10, body);
    struct awsc_page_options opts = {.starting_token = "eyJOZXh0VG9rZW4iOiAiYWdhaW4ifQ=="};
    CHECK_STATUS(awsc_pagertest_list_names_paginate(c, &in, &opts, &p, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_OK, &err);
    awsc_output_free(page);
    CHECK_STATUS(awsc_pagertest_list_names_next_page(p, &page, &err), AWSC_E_PAGINATION, &err);
    awsc_error_clean_up(&err);
    awsc_pager_destroy(p);
    awsc_client_destroy(c);
}

/* ----------------------------------------------------------- waiters */

static void push_thing(struct awsc_stub *stub, const char *state)
{
    char body[256];
    snprintf(body, sizeof body, "{\"Thing\": {\"Name\": \"x\", \"State\": \"%s\"}}", state);
    awsc_stub_push_simple(stub, 200, JSON10, body);
}

static void push_not_found(struct awsc_stub *stub)
{
    awsc_stub_push_simple(stub, 400, JSON10,
                          "{\"__type\": \"ThingNotFound\", \"message\": \"no such thing\"}");
}

struct wait_result {
    int calls;
    int status;
    char message[512];
    char code[64];
};

static void on_wait(void *ud, int status, struct awsc_error *err)
{
    struct wait_result *r = ud;
    r->calls++;
    r->status = status;
    snprintf(r->message, sizeof r->message, "%s", err && err->message ? err->message : "");
    snprintf(r->code, sizeof r->code, "%s", err && err->code ? err->code : "");
}

/* The tables read through <awsc/paginate.h>'s and <awsc/wait.h>'s accessors
 * say what tests/paginate/models/pagertest says, and a paginator or waiter
 * is refused by another service's client. */
static void test_tables(struct awsc_stub *stub)
{
    awsc_stub_set_responder(stub, NULL, NULL);
    const struct awsc_service *svc = awsc_pagertest_service();
    const struct awsc_paginator *pg = awsc_service_paginator(svc, "ListThings");
    CHECK(pg && strcmp(awsc_paginator_name(pg), "ListThings") == 0);
    CHECK(awsc_service_paginator(svc, "DescribeThing") == NULL);
    const struct awsc_operation *op = awsc_paginator_operation(svc, pg);
    CHECK(op && strcmp(awsc_operation_name(op), "ListThings") == 0);
    CHECK(awsc_paginator_operation(awsc_dynamodb_service(), pg) == NULL);
    CHECK(pg->token_count == 2 && pg->result_key_count == 3 && pg->non_aggregate_key_count == 1);
    const char *tokens[] = {"Marker", "VersionMarker"};
    const char *outputs[] = {"NextMarker || Things[-1].Name", "NextVersionMarker"};
    for (uint32_t i = 0; i < 2; i++) {
        const struct awsc_member *m =
            &awsc_shape_members(awsc_operation_input(op))[awsc_paginator_input_token(pg, i)];
        CHECK(strcmp(awsc_member_name(m), tokens[i]) == 0);
        CHECK(strcmp(awsc_jmespath_text(awsc_paginator_output_token(pg, i)), outputs[i]) == 0);
    }
    const char *results[] = {"Things", "Prefixes", "Total"};
    for (uint32_t i = 0; i < 3; i++)
        CHECK(strcmp(awsc_jmespath_text(awsc_paginator_result_key(pg, i)), results[i]) == 0);
    CHECK(strcmp(awsc_jmespath_text(awsc_paginator_non_aggregate_key(pg, 0)), "Owner") == 0);
    CHECK(strcmp(awsc_jmespath_text(awsc_paginator_more_results(pg)), "IsTruncated") == 0);
    CHECK(strcmp(awsc_member_name(&awsc_shape_members(awsc_operation_input(op))[pg->limit_key]),
                 "MaxItems") == 0);
    /* the name a member node looks up */
    const struct awsc_jmespath *more = awsc_paginator_more_results(pg);
    CHECK(more->node_count == 1 &&
          strcmp(awsc_jmespath_node_string(&awsc_jmespath_nodes(more)[0]), "IsTruncated") == 0);

    const struct awsc_waiter *w = awsc_service_waiter(svc, "ThingReady");
    CHECK(w && strcmp(awsc_waiter_name(w), "ThingReady") == 0);
    op = awsc_waiter_operation(svc, w);
    CHECK(op && strcmp(awsc_operation_name(op), "DescribeThing") == 0);
    CHECK(awsc_waiter_operation(awsc_dynamodb_service(), w) == NULL);
    CHECK(w->delay == 5 && w->max_attempts == 4 && w->acceptor_count == 3);
    const struct awsc_waiter_acceptor *a = awsc_waiter_acceptors(w);
    CHECK(a[0].matcher == AWSC_WAIT_PATH && a[0].state == AWSC_WAIT_SUCCESS);
    CHECK(strcmp(awsc_jmespath_text(awsc_waiter_acceptor_argument(&a[0])), "Thing.State") == 0);
    CHECK(a[0].expected.type == AWSC_JP_STRING &&
          strcmp(awsc_jmespath_literal_string(&a[0].expected), "READY") == 0);
    CHECK(awsc_waiter_acceptor_argument(&a[1]) == awsc_waiter_acceptor_argument(&a[0]));
    CHECK(a[2].matcher == AWSC_WAIT_ERROR && awsc_waiter_acceptor_argument(&a[2]) == NULL &&
          strcmp(awsc_jmespath_literal_string(&a[2].expected), "ThingNotFound") == 0);

    /* another service's client */
    struct awsc_client *c = client_for(awsc_dynamodb_service(), stub);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pager *p = NULL;
    struct awsc_pagertest_list_things_input lin = {0};
    CHECK_STATUS(awsc_pager_new(c, pg, &lin, NULL, &p, &err), AWSC_E_INVALID_ARG, &err);
    CHECK_CONTAINS(err.message, "paginator of ListThings does not belong to this DynamoDB client");
    CHECK(p == NULL);
    awsc_error_clean_up(&err);
    struct awsc_pagertest_describe_thing_input din = {.name = "x"};
    CHECK_STATUS(awsc_wait(c, w, &din, NULL, &err), AWSC_E_INVALID_ARG, &err);
    CHECK_CONTAINS(err.message, "waiter ThingReady does not belong to this DynamoDB client");
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static void test_waiters(struct awsc_stub *stub)
{
    awsc_stub_set_responder(stub, NULL, NULL);
    struct awsc_client *c = client_for(awsc_pagertest_service(), stub);
    struct awsc_transport *t = awsc_stub_transport(stub);
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_pagertest_describe_thing_input in = {.name = "x"};

    /* success after a missing thing and one still being made: three
     * calls, two delays of the model's 5 s on the virtual clock */
    awsc_stub_clear_requests(stub);
    push_not_found(stub);
    push_thing(stub, "CREATING");
    push_thing(stub, "READY");
    int64_t t0 = awsc_transport_now_ms(t);
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, NULL, &err), AWSC_OK, &err);
    CHECK(awsc_stub_request_count(stub) == 3);
    CHECK(awsc_transport_now_ms(t) - t0 >= 10000 && awsc_transport_now_ms(t) - t0 < 11000);
    awsc_error_clean_up(&err);

    /* a failure state */
    push_thing(stub, "CREATING");
    push_thing(stub, "BROKEN");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, NULL, &err), AWSC_E_WAIT_FAILED, &err);
    CHECK(err.message &&
          strcmp(err.message, "Waiter ThingReady failed: Waiter encountered a terminal failure "
                              "state: For expression \"Thing.State\" we matched expected path: "
                              "\"BROKEN\"") == 0);
    awsc_error_clean_up(&err);

    /* out of attempts: the model's 4, then an override of 2 */
    awsc_stub_clear_requests(stub);
    for (int i = 0; i < 4; i++)
        push_thing(stub, "CREATING");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, NULL, &err), AWSC_E_WAIT_TIMEOUT, &err);
    CHECK(err.message &&
          strcmp(err.message, "Waiter ThingReady failed: Max attempts exceeded") == 0);
    CHECK(awsc_stub_request_count(stub) == 4);
    awsc_error_clean_up(&err);
    awsc_stub_clear_requests(stub);
    push_not_found(stub);
    push_not_found(stub);
    struct awsc_wait_options two = {.max_attempts = 2, .delay_ms = 100};
    t0 = awsc_transport_now_ms(t);
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, &two, &err), AWSC_E_WAIT_TIMEOUT, &err);
    CHECK_CONTAINS(err.message, "Max attempts exceeded. Previously accepted state: Matched "
                                "expected service error code: ThingNotFound");
    CHECK(awsc_stub_request_count(stub) == 2 && awsc_transport_now_ms(t) - t0 < 1000);
    awsc_error_clean_up(&err);

    /* an error no acceptor expects ends the wait with that error */
    push_thing(stub, "CREATING");
    awsc_stub_push_simple(stub, 400, JSON10,
                          "{\"__type\": \"AccessDeniedException\", \"message\": \"go away\"}");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, NULL, &err), AWSC_E_SERVICE, &err);
    CHECK(awsc_error_is(&err, "AccessDeniedException") && err.http_status == 400);
    CHECK(err.message && strcmp(err.message, "Waiter ThingReady failed: An error occurred "
                                             "(AccessDeniedException): go away") == 0);
    awsc_error_clean_up(&err);

    /* the maximum total wait: attempts at 0, 5 and 10 s; the next would
     * start at 15 s, past 12 s */
    awsc_stub_clear_requests(stub);
    for (int i = 0; i < 3; i++)
        push_thing(stub, "CREATING");
    struct awsc_wait_options limit = {.max_wait_ms = 12000};
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, &limit, &err), AWSC_E_WAIT_TIMEOUT, &err);
    CHECK_CONTAINS(err.message, "Waiter ThingReady failed: Max wait time exceeded: 3 attempts");
    CHECK(awsc_stub_request_count(stub) == 3);
    awsc_error_clean_up(&err);

    /* a call that never got an answer ends the wait with its own error */
    struct awsc_stub_response fail = {.fail_status = AWSC_E_TRANSPORT,
                                      .fail_message = "connection refused"};
    awsc_stub_push(stub, &fail);
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &in, NULL, &err), AWSC_E_TRANSPORT, &err);
    CHECK_CONTAINS(err.message, "connection refused");
    awsc_error_clean_up(&err);

    /* bad input: the first call refuses it, nothing is sent */
    awsc_stub_clear_requests(stub);
    struct awsc_pagertest_describe_thing_input empty = {0};
    CHECK_STATUS(awsc_pagertest_wait_thing_ready(c, &empty, NULL, &err), AWSC_E_VALIDATION, &err);
    CHECK(awsc_stub_request_count(stub) == 0);
    awsc_error_clean_up(&err);

    /* pathAll and pathAny */
    awsc_stub_push_simple(
        stub, 200, JSON10,
        "{\"Thing\": {\"Parts\": [{\"Status\": \"OK\"}, {\"Status\": \"NEW\"}]}}");
    awsc_stub_push_simple(stub, 200, JSON10, "{\"Thing\": {\"Parts\": []}}");
    awsc_stub_push_simple(stub, 200, JSON10,
                          "{\"Thing\": {\"Parts\": [{\"Status\": \"OK\"}, {\"Status\": \"OK\"}]}}");
    CHECK_STATUS(awsc_pagertest_wait_parts_ok(c, &in, NULL, &err), AWSC_OK, &err);
    awsc_error_clean_up(&err);
    awsc_stub_push_simple(
        stub, 200, JSON10,
        "{\"Thing\": {\"Parts\": [{\"Status\": \"OK\"}, {\"Status\": \"FAILED\"}]}}");
    CHECK_STATUS(awsc_pagertest_wait_parts_ok(c, &in, NULL, &err), AWSC_E_WAIT_FAILED, &err);
    CHECK_CONTAINS(err.message, "For expression \"Thing.Parts[].Status\" we matched expected "
                                "path: \"FAILED\" at least once");
    awsc_error_clean_up(&err);

    /* a filter, length() and a comparison; a status matcher */
    awsc_stub_push_simple(
        stub, 200, JSON10,
        "{\"Thing\": {\"Parts\": [{\"Status\": \"OK\"}, {\"Status\": \"NEW\"}]}}");
    awsc_stub_push_simple(stub, 200, JSON10,
                          "{\"Thing\": {\"Parts\": [{\"Status\": \"OK\"}, {\"Status\": \"NEW\"}, "
                          "{\"Status\": \"OK\"}]}}");
    CHECK_STATUS(awsc_pagertest_wait_enough_parts_ok(c, &in, NULL, &err), AWSC_OK, &err);
    awsc_error_clean_up(&err);
    awsc_stub_push_simple(stub, 500, JSON10,
                          "{\"__type\": \"InternalFailure\", \"message\": \"oops\"}");
    CHECK_STATUS(awsc_pagertest_wait_enough_parts_ok(c, &in, NULL, &err), AWSC_E_WAIT_FAILED, &err);
    CHECK_CONTAINS(err.message, "Matched expected HTTP status code: 500");
    CHECK(awsc_error_is(&err, "InternalFailure") && err.http_status == 500);
    awsc_error_clean_up(&err);

    /* an error as success (ThingGone), after 200s that retry */
    push_thing(stub, "READY");
    push_not_found(stub);
    CHECK_STATUS(awsc_pagertest_wait_thing_gone(c, &in, NULL, &err), AWSC_OK, &err);
    awsc_error_clean_up(&err);

    /* async: the delays are timers on the loop */
    struct wait_result r = {0};
    awsc_stub_clear_requests(stub);
    push_not_found(stub);
    push_thing(stub, "CREATING");
    push_thing(stub, "READY");
    t0 = awsc_transport_now_ms(t);
    CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &in, NULL, on_wait, &r, &err), AWSC_OK,
                 &err);
    CHECK(r.calls == 0);
    awsc_transport_run(t);
    CHECK(r.calls == 1 && r.status == AWSC_OK);
    CHECK(awsc_stub_request_count(stub) == 3 && awsc_transport_now_ms(t) - t0 >= 10000);

    /* async: each way it can end */
    r = (struct wait_result){0};
    push_thing(stub, "BROKEN");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &in, NULL, on_wait, &r, &err), AWSC_OK,
                 &err);
    awsc_transport_run(t);
    CHECK(r.calls == 1 && r.status == AWSC_E_WAIT_FAILED);
    r = (struct wait_result){0};
    for (int i = 0; i < 4; i++)
        push_thing(stub, "CREATING");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &in, NULL, on_wait, &r, &err), AWSC_OK,
                 &err);
    awsc_transport_run(t);
    CHECK(r.calls == 1 && r.status == AWSC_E_WAIT_TIMEOUT);
    CHECK_CONTAINS(r.message, "Waiter ThingReady failed: Max attempts exceeded");
    r = (struct wait_result){0};
    awsc_stub_push_simple(stub, 400, JSON10,
                          "{\"__type\": \"AccessDeniedException\", \"message\": \"go away\"}");
    CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &in, NULL, on_wait, &r, &err), AWSC_OK,
                 &err);
    awsc_transport_run(t);
    CHECK(r.calls == 1 && r.status == AWSC_E_SERVICE &&
          strcmp(r.code, "AccessDeniedException") == 0);
    /* the input is copied: a stack input may go away */
    r = (struct wait_result){0};
    push_thing(stub, "CREATING");
    push_thing(stub, "READY");
    {
        char name[8] = "x";
        struct awsc_pagertest_describe_thing_input tmp = {.name = name};
        CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &tmp, NULL, on_wait, &r, &err),
                     AWSC_OK, &err);
        memset(name, 'z', sizeof name - 1);
    }
    awsc_stub_clear_requests(stub);
    awsc_transport_run(t);
    CHECK(r.calls == 1 && r.status == AWSC_OK);
    if (awsc_stub_request_count(stub) == 1)
        CHECK_CONTAINS(body_of(awsc_stub_request(stub, 0)), "\"Name\": \"x\"");
    /* bad input: refused at once, no callback */
    r = (struct wait_result){0};
    CHECK_STATUS(awsc_pagertest_wait_thing_ready_async(c, &empty, NULL, on_wait, &r, &err),
                 AWSC_E_VALIDATION, &err);
    awsc_error_clean_up(&err);
    awsc_transport_run(t);
    CHECK(r.calls == 0);
    CHECK(awsc_stub_pending_responses(stub) == 0);
    awsc_client_destroy(c);
}

/* --------------------------------------------- allocation failures */

static int describe_calls;

/* DescribeThing: CREATING, then READY, then CREATING ... */
static int thing_responder(void *ud, const struct awsc_stub_request *req,
                           struct awsc_stub_response *resp)
{
    (void)ud;
    const char *target = awsc_stub_request_header(req, "X-Amz-Target");
    if (!target || !strstr(target, "DescribeThing"))
        return 1;
    resp->http_status = 200;
    resp->headers = JSON10;
    const char *body = describe_calls++ % 2 ? "{\"Thing\": {\"State\": \"READY\"}}"
                                            : "{\"Thing\": {\"State\": \"CREATING\"}}";
    resp->body = (const uint8_t *)body;
    resp->body_len = strlen(body);
    return 0;
}

/* Every allocation of a pager's and a waiter's run failing in turn: each
 * run ends cleanly (no crash, no leak under the sanitizers and valgrind),
 * and the last one, which reaches no failing allocation, succeeds. */
static void test_allocation_failures(struct awsc_stub *stub)
{
    int failed = 0, ok = 0;
    for (long n = 1; n < 100000; n++) {
        struct things_server s;
        struct awsc_client *c = things_client(stub, &s);
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc_pagertest_list_things_input in = {.prefix = "p"};
        struct awsc_page_options opts = {.page_size = 3, .max_items = 8};
        struct awsc_pager *p = NULL;
        struct awsc_pagertest_list_things_output *all = NULL;
        awsc__alloc_fail_at(n);
        int rc = awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err);
        if (rc == AWSC_OK)
            rc = awsc_pagertest_list_things_collect(p, &all, &err);
        const struct awsc_pagertest_thing *t = NULL;
        awsc_error_clean_up(&err);
        awsc_pager_destroy(p);
        p = NULL;
        if (rc == AWSC_OK)
            rc = awsc_pagertest_list_things_paginate(c, &in, &opts, &p, &err);
        while (rc == AWSC_OK &&
               (rc = awsc_pagertest_list_things_next_item(p, &t, &err)) == AWSC_OK && t)
            ;
        awsc_error_clean_up(&err);
        if (rc == AWSC_OK) {
            awsc_stub_set_responder(stub, thing_responder, NULL);
            describe_calls = 0;
            struct awsc_pagertest_describe_thing_input din = {.name = "x"};
            rc = awsc_pagertest_wait_thing_ready(c, &din, NULL, &err);
        }
        long used = awsc__alloc_count();
        awsc__alloc_fail_at(0);
        if (rc == AWSC_OK && getenv("PG_DEBUG"))
            fprintf(stderr, "allocation %ld failed, and the run succeeded\n", n);
        if (rc == AWSC_OK) {
            if (!(all && all->things.count == 8))
                fprintf(stderr, "n=%ld: %zu things\n", n, all ? all->things.count : 0);
            CHECK(all && all->things.count == 8);
            ok++;
        } else {
            failed++;
        }
        awsc_error_clean_up(&err);
        awsc_output_free(all);
        awsc_pager_destroy(p);
        awsc_client_destroy(c);
        if (used < n)
            break; /* the n-th allocation was never reached: every one was tried */
    }
    printf("allocation failures: %d runs failed cleanly, then %d succeeded\n", failed, ok);
    CHECK(failed > 50 && ok >= 1);
    awsc_stub_set_responder(stub, NULL, NULL);
}

/* ------------------------------------------- real services' tables */

/* A DynamoDB client whose next two responses are the page given and a last
 * page with the item c. */
static struct awsc_client *ddb_two_pages(struct awsc_stub *stub, const char *first)
{
    awsc_stub_set_responder(stub, NULL, NULL);
    awsc_stub_clear_requests(stub);
    awsc_stub_push_simple(stub, 200, JSON10, first);
    awsc_stub_push_simple(stub, 200, JSON10,
                          "{\"Items\": [{\"pk\": {\"S\": \"c\"}}], \"Count\": 1, "
                          "\"ScannedCount\": 1}");
    return client_for(awsc_dynamodb_service(), stub);
}

static void test_dynamodb_scan(struct awsc_stub *stub)
{
    struct awsc_client *c = ddb_two_pages(
        stub, "{\"Items\": [{\"pk\": {\"S\": \"a\"}}, {\"pk\": {\"S\": \"b\"}}], "
              "\"Count\": 2, \"ScannedCount\": 3, "
              "\"LastEvaluatedKey\": {\"pk\": {\"S\": \"b\"}}, "
              "\"ConsumedCapacity\": {\"TableName\": \"t\", \"CapacityUnits\": 1.5}}");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_scan_input in = {.table_name = "tbl"};
    struct awsc_pager *p = NULL;
    struct awsc_dynamodb_scan_output *all = NULL;
    CHECK_STATUS(awsc_dynamodb_scan_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    CHECK_STATUS(awsc_dynamodb_scan_collect(p, &all, &err), AWSC_OK, &err);
    CHECK(all && all->items.count == 3 && all->count == 3 && all->scanned_count == 4);
    CHECK(all && all->consumed_capacity && all->consumed_capacity->capacity_units == 1.5);
    CHECK(all && !all->last_evaluated_key.entries);
    if (awsc_stub_request_count(stub) == 2)
        CHECK_CONTAINS(body_of(awsc_stub_request(stub, 1)),
                       "\"ExclusiveStartKey\": {\"pk\": {\"S\": \"b\"}}");
    awsc_output_free(all);
    awsc_pager_destroy(p);
    awsc_client_destroy(c);
}

/* Keeping what a call returned: a Query item kept with
 * awsc_pager_retain_page() past the pager's next calls and its
 * destruction, a GetItem output kept with awsc_output_retain() past one
 * awsc_output_free(); both go into PutItem as they are (every item map is
 * a struct awsc_dynamodb_attribute_map). Run under valgrind too. */
static void test_keep_items(struct awsc_stub *stub)
{
    struct awsc_client *c =
        ddb_two_pages(stub, "{\"Items\": [{\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}, "
                            "{\"pk\": {\"S\": \"b\"}}], \"Count\": 2, \"ScannedCount\": 2, "
                            "\"LastEvaluatedKey\": {\"pk\": {\"S\": \"b\"}}}");
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_query_input q = {.table_name = "tbl",
                                          .key_condition_expression = "pk = :v"};
    struct awsc_pager *p = NULL;
    CHECK_STATUS(awsc_dynamodb_query_paginate(c, &q, NULL, &p, &err), AWSC_OK, &err);
    CHECK(awsc_pager_retain_page(p) == NULL); /* no item handed out yet */
    const struct awsc_dynamodb_attribute_map *first = NULL, *item = NULL;
    CHECK_STATUS(awsc_dynamodb_query_next_item(p, &first, &err), AWSC_OK, &err);
    struct awsc_dynamodb_query_output *kept = awsc_pager_retain_page(p);
    CHECK(kept && first && kept->items.count == 2 && &kept->items.items[0] == first);
    int n = first ? 1 : 0, rc;
    while ((rc = awsc_dynamodb_query_next_item(p, &item, &err)) == AWSC_OK && item)
        n++;
    CHECK_STATUS(rc, AWSC_OK, &err);
    CHECK(n == 3 && awsc_pager_retain_page(p) == NULL); /* the end: nothing held */
    awsc_pager_destroy(p);
    if (!kept || !first) {
        awsc_output_free(kept);
        awsc_client_destroy(c);
        return;
    }
    /* the first page outlived the pager, its item goes out as PutItem's */
    CHECK(first->count == 2 && strcmp(first->entries[0].key, "pk") == 0 &&
          strcmp(first->entries[0].value.s, "a") == 0);
    awsc_stub_clear_requests(stub);
    awsc_stub_push_simple(stub, 200, JSON10, "{}");
    struct awsc_dynamodb_put_item_input put = {.table_name = "copy", .item = *first};
    struct awsc_dynamodb_put_item_output *pout = NULL;
    CHECK_STATUS(awsc_dynamodb_put_item(c, &put, &pout, &err), AWSC_OK, &err);
    awsc_output_free(pout);
    if (awsc_stub_request_count(stub) == 1)
        CHECK_CONTAINS(body_of(awsc_stub_request(stub, 0)),
                       "\"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}");

    /* a GetItem output, its Key the kept item's, kept by a second owner */
    awsc_stub_clear_requests(stub);
    awsc_stub_push_simple(stub, 200, JSON10, "{\"Item\": {\"pk\": {\"S\": \"g\"}}}");
    struct awsc_dynamodb_attribute_map key = {first->entries, 1};
    struct awsc_dynamodb_get_item_input get = {.table_name = "tbl", .key = key};
    struct awsc_dynamodb_get_item_output *got = NULL;
    CHECK_STATUS(awsc_dynamodb_get_item(c, &get, &got, &err), AWSC_OK, &err);
    if (awsc_stub_request_count(stub) == 1)
        CHECK_CONTAINS(body_of(awsc_stub_request(stub, 0)), "\"Key\": {\"pk\": {\"S\": \"a\"}}");
    awsc_output_free(kept);
    CHECK(got && awsc_output_retain(got) == got);
    awsc_output_free(got); /* the second reference stays */
    if (got) {
        CHECK(got->item.count == 1 && strcmp(got->item.entries[0].value.s, "g") == 0);
        awsc_stub_clear_requests(stub);
        awsc_stub_push_simple(stub, 200, JSON10, "{}");
        put.item = got->item;
        CHECK_STATUS(awsc_dynamodb_put_item(c, &put, &pout, &err), AWSC_OK, &err);
        awsc_output_free(pout);
        if (awsc_stub_request_count(stub) == 1)
            CHECK_CONTAINS(body_of(awsc_stub_request(stub, 0)),
                           "\"Item\": {\"pk\": {\"S\": \"g\"}}");
        awsc_output_free(got);
    }
    CHECK(awsc_output_retain(NULL) == NULL && awsc_pager_retain_page(NULL) == NULL);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
}

static void test_kinesis_describe_stream(struct awsc_stub *stub)
{
    awsc_stub_set_responder(stub, NULL, NULL);
    awsc_stub_clear_requests(stub);
    struct awsc_client *c = client_for(awsc_kinesis_service(), stub);
    struct awsc_error err = AWSC_ERROR_INIT;
    awsc_stub_push_simple(
        stub, 200, JSON11,
        "{\"StreamDescription\": {\"StreamName\": \"s\", \"StreamARN\": \"arn\", "
        "\"StreamStatus\": \"ACTIVE\", \"HasMoreShards\": true, "
        "\"RetentionPeriodHours\": 24, \"StreamCreationTimestamp\": 1.5e9, "
        "\"EnhancedMonitoring\": [], \"Shards\": [{\"ShardId\": \"s-1\", "
        "\"HashKeyRange\": {\"StartingHashKey\": \"0\", \"EndingHashKey\": \"1\"}, "
        "\"SequenceNumberRange\": {\"StartingSequenceNumber\": \"1\"}}]}}");
    awsc_stub_push_simple(
        stub, 200, JSON11,
        "{\"StreamDescription\": {\"StreamName\": \"s\", \"StreamARN\": \"arn\", "
        "\"StreamStatus\": \"ACTIVE\", \"HasMoreShards\": false, "
        "\"RetentionPeriodHours\": 24, \"StreamCreationTimestamp\": 1.5e9, "
        "\"EnhancedMonitoring\": [], \"Shards\": [{\"ShardId\": \"s-2\", "
        "\"HashKeyRange\": {\"StartingHashKey\": \"2\", \"EndingHashKey\": \"3\"}, "
        "\"SequenceNumberRange\": {\"StartingSequenceNumber\": \"2\"}}]}}");
    struct awsc_kinesis_describe_stream_input in = {.stream_name = "s"};
    struct awsc_pager *p = NULL;
    CHECK_STATUS(awsc_kinesis_describe_stream_paginate(c, &in, NULL, &p, &err), AWSC_OK, &err);
    const struct awsc_kinesis_shard *shard;
    int n = 0;
    int rc;
    while ((rc = awsc_kinesis_describe_stream_next_item(p, &shard, &err)) == AWSC_OK && shard)
        n++;
    CHECK_STATUS(rc, AWSC_OK, &err);
    CHECK(n == 2 && awsc_stub_request_count(stub) == 2);
    if (awsc_stub_request_count(stub) == 2)
        CHECK_CONTAINS(body_of(awsc_stub_request(stub, 1)), "\"ExclusiveStartShardId\": \"s-1\"");
    awsc_error_clean_up(&err);
    awsc_pager_destroy(p);
    awsc_client_destroy(c);
}

int main(void)
{
    unsetenv("AWS_PROFILE");
    unsetenv("AWS_ENDPOINT_URL");
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return 1;
    test_pages(stub);
    test_items_and_resume(stub);
    test_collect(stub);
    test_async(stub);
    test_repeated_token(stub);
    test_tables(stub);
    test_waiters(stub);
    test_dynamodb_scan(stub);
    test_keep_items(stub);
    test_kinesis_describe_stream(stub);
    test_allocation_failures(stub);
    awsc_stub_destroy(stub);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
