/*
 * Machine Learning's Predict (AWSC_SVC_PREDICT_ENDPOINT): botocore 1.29.27's
 * switch_host_machinelearning sends the request to the model's real-time
 * endpoint, the PredictEndpoint member of the input, before it is signed:
 * that URL's scheme and host with the request's own path and query.
 *
 * botocore builds whatever urlunsplit makes of any value; awsc takes only
 * a URL with a scheme and a host (else AWSC_E_VALIDATION, nothing sent).
 */
#include "custom.h"

#include <string.h>

#include "protocol/json.h"

static bool scheme_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (!first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
}

/* "scheme://netloc..." -> the lengths of scheme and netloc (urlsplit's),
 * false when either is empty. */
static bool split_url(const char *u, size_t *scheme_len, const char **netloc, size_t *netloc_len)
{
    size_t i = 0;
    while (u[i] && scheme_char(u[i], i == 0))
        i++;
    if (i == 0 || u[i] != ':' || u[i + 1] != '/' || u[i + 2] != '/')
        return false;
    *scheme_len = i;
    *netloc = u + i + 3;
    *netloc_len = strcspn(*netloc, "/?#");
    return *netloc_len > 0;
}

static int predict_finish_request(struct awsc__hook_request *r, struct awsc_error *err)
{
    if (strcmp(awsc_operation_name(r->op), "Predict") != 0 || !r->req->body.len)
        return AWSC_OK;
    struct awsc_arena *a = r->req->arena;
    struct awsc_document doc;
    struct awsc__json_opts jo = {0};
    if (awsc__json_read_document((const uint8_t *)r->req->body.data, r->req->body.len, &doc, a, &jo,
                                 err) != AWSC_OK)
        return err->status;
    const struct awsc_document *ep = awsc__document_get(&doc, "PredictEndpoint");
    if (!ep || ep->type != AWSC_DOC_STRING || !ep->string || !*ep->string)
        return AWSC_OK; /* botocore switches only for a non-empty value */
    size_t scheme_len, netloc_len;
    const char *netloc;
    if (!split_url(ep->string, &scheme_len, &netloc, &netloc_len))
        return awsc__fail(err, AWSC_E_VALIDATION,
                          "Invalid value for parameter PredictEndpoint: \"%s\" is not a URL with "
                          "a scheme and a host",
                          ep->string);
    /* the request's path and query, after its scheme://netloc */
    const char *old = r->target->url;
    const char *rest = strstr(old, "://");
    rest = rest ? rest + 3 + strcspn(rest + 3, "/?#") : old + strlen(old);
    char *url =
        awsc__arena_printf(a, "%.*s://%.*s%s%s", (int)scheme_len, ep->string, (int)netloc_len,
                           netloc, *rest == '/' || !*rest ? "" : "/", *rest ? rest : "/");
    if (!url)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc_buf host = AWSC_BUF_INIT;
    int status = awsc__sigv4_host_from_url(url, &host, err);
    const char *h = status == AWSC_OK ? awsc__arena_strdup(a, host.data ? host.data : "") : NULL;
    awsc__buf_clean_up(&host);
    if (status != AWSC_OK)
        return status;
    if (!h)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    r->target->url = url;
    r->target->host = h;
    return AWSC_OK;
}

const struct awsc__hooks awsc__predict_endpoint_hooks = {
    .name = "predict-endpoint",
    .finish_request = predict_finish_request,
};
