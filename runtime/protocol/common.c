/*
 * What every protocol shares: header lists, the look-up of a modeled
 * error by its code, the request id of a response, and the table of
 * protocols.
 */
#include "protocol.h"

#include <string.h>

#include "json.h"
#include "xml.h"
#include "rest.h"

/* ---- headers: the array and the strings live in the arena ---- */

int awsc__headers_add(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value)
{
    if (h->count == h->cap) {
        size_t ncap = h->cap ? h->cap * 2 : 8;
        struct awsc__header *n = awsc__arena_alloc(a, ncap * sizeof *n);
        if (!n)
            return AWSC_E_NOMEM;
        if (h->count)
            memcpy(n, h->items, h->count * sizeof *n);
        h->items = n;
        h->cap = ncap;
    }
    const char *n = awsc__arena_strdup(a, name);
    const char *v = awsc__arena_strdup(a, value ? value : "");
    if (!n || !v)
        return AWSC_E_NOMEM;
    h->items[h->count].name = n;
    h->items[h->count].value = v;
    h->count++;
    return AWSC_OK;
}

int awsc__headers_set(struct awsc__headers *h, struct awsc_arena *a, const char *name,
                      const char *value)
{
    awsc__headers_remove(h, name);
    return awsc__headers_add(h, a, name, value);
}

const char *awsc__headers_get(const struct awsc__headers *h, const char *name)
{
    for (size_t i = 0; i < h->count; i++)
        if (awsc__strcasecmp(h->items[i].name, name) == 0)
            return h->items[i].value;
    return NULL;
}

void awsc__headers_remove(struct awsc__headers *h, const char *name)
{
    size_t kept = 0;
    for (size_t i = 0; i < h->count; i++)
        if (awsc__strcasecmp(h->items[i].name, name) != 0)
            h->items[kept++] = h->items[i];
    h->count = kept;
}

/* ---- modeled errors ---- */

static const struct awsc_shape *find_in(const struct awsc_shape *const *errors, uint32_t n,
                                        const char *code, bool by_name)
{
    for (uint32_t i = 0; i < n; i++) {
        const char *have = by_name ? errors[i]->name : errors[i]->error_code;
        if (have && strcmp(have, code) == 0)
            return errors[i];
    }
    return NULL;
}

/* The operation's own errors first, then every error of the service; the
 * code on the wire first, then the shape's name (a query-compatible
 * service's __type names the shape while its modeled code is the old
 * query code). */
const struct awsc_shape *awsc__find_error_shape(const struct awsc_operation *op, const char *code)
{
    if (!op || !code || !*code)
        return NULL;
    const struct awsc_service *svc = op->service;
    for (int by_name = 0; by_name < 2; by_name++) {
        const struct awsc_shape *s = find_in(op->errors, op->error_count, code, by_name);
        if (!s && svc)
            s = find_in(svc->errors, svc->error_count, code, by_name);
        if (s)
            return s;
    }
    return NULL;
}

/* ---- responses ---- */

const char *awsc__response_request_id(const struct awsc__response *resp)
{
    static const char *const NAMES[] = {"x-amzn-RequestId", "x-amz-request-id", "x-amzn-request-id",
                                        "x-amz-id-2"};
    if (!resp)
        return NULL;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(NAMES); i++) {
        const char *v = awsc__headers_get(&resp->headers, NAMES[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

/* ---- the protocols built in ---- */

const struct awsc__protocol *awsc__protocol_for(int protocol)
{
    switch (protocol) {
    case AWSC_PROTO_JSON:
        return awsc__json_protocol();
    case AWSC_PROTO_QUERY:
        return awsc__query_protocol();
    case AWSC_PROTO_EC2:
        return awsc__ec2_protocol();
    case AWSC_PROTO_REST_JSON:
        return awsc__rest_json_protocol();
    case AWSC_PROTO_REST_XML:
        return awsc__rest_xml_protocol();
    default:
        return NULL;
    }
}
