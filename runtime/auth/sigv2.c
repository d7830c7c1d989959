/*
 * Signature Version 2, which SimpleDB (the model's signatureVersion "v2")
 * still takes, as botocore 1.29.27's SigV2Auth signs a query-protocol
 * request: AWSAccessKeyId, SignatureVersion=2, SignatureMethod=HmacSHA256,
 * Timestamp and, with a session token, SecurityToken join the form's
 * parameters; Signature is the base64 HMAC-SHA256, under the secret key,
 * of "METHOD\nnetloc\npath\n" and the parameters sorted by name, each
 * name=value percent-encoded (RFC 3986). No Authorization header.
 */
#include "auth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/protocol.h"

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct awsc__query_param *)a)->name,
                  ((const struct awsc__query_param *)b)->name);
}

int awsc__sigv2_sign_form(const char *method, const char *url, const struct awsc_credentials *creds,
                          struct awsc_timestamp t, const struct awsc_buf *form,
                          struct awsc_buf *out, struct awsc_error *err)
{
    struct awsc_arena *a = awsc__arena_new();
    if (!a)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc__params p = {NULL, 0, 0, a};
    char stamp[40];
    t.nsec = 0; /* whole seconds: %Y-%m-%dT%H:%M:%SZ */
    awsc__ts_format_iso8601(t, stamp);
    int status = awsc__params_parse(&p, form->data ? form->data : "", form->len, true);
    if (status == AWSC_OK)
        status = awsc__params_set(&p, "AWSAccessKeyId", creds->access_key_id, true);
    if (status == AWSC_OK)
        status = awsc__params_set(&p, "SignatureVersion", "2", true);
    if (status == AWSC_OK)
        status = awsc__params_set(&p, "SignatureMethod", "HmacSHA256", true);
    if (status == AWSC_OK)
        status = awsc__params_set(&p, "Timestamp", stamp, true);
    if (status == AWSC_OK && creds->session_token && *creds->session_token)
        status = awsc__params_set(&p, "SecurityToken", creds->session_token, true);

    /* the string to sign: method, netloc and path of the URL, then the
     * sorted parameters but Signature */
    struct awsc_buf sts = AWSC_BUF_INIT;
    struct awsc__query_param *sorted =
        status == AWSC_OK ? awsc__arena_alloc(a, (p.count + 1) * sizeof *sorted) : NULL;
    if (status == AWSC_OK && !sorted)
        status = AWSC_E_NOMEM;
    if (status == AWSC_OK) {
        const char *netloc = strstr(url, "://");
        netloc = netloc ? netloc + 3 : url;
        size_t netloc_len = strcspn(netloc, "/?#");
        const char *path = netloc + netloc_len;
        size_t path_len = strcspn(path, "?#");
        awsc__buf_printf(&sts, "%s\n%.*s\n%.*s\n", method, (int)netloc_len, netloc,
                         path_len ? (int)path_len : 1, path_len ? path : "/");
        size_t n = 0;
        for (size_t i = 0; i < p.count; i++)
            if (strcmp(p.items[i].name, "Signature") != 0)
                sorted[n++] = p.items[i];
        qsort(sorted, n, sizeof *sorted, by_name);
        for (size_t i = 0; i < n; i++) {
            if (i)
                awsc__buf_putc(&sts, '&');
            awsc__buf_uri_encode(&sts, sorted[i].name, strlen(sorted[i].name), false);
            awsc__buf_putc(&sts, '=');
            awsc__buf_uri_encode(&sts, sorted[i].value, strlen(sorted[i].value), false);
        }
        if (sts.failed)
            status = AWSC_E_NOMEM;
    }
    if (status == AWSC_OK) {
        uint8_t mac[32];
        char b64[45];
        if (!awsc__hmac_sha256(creds->secret_access_key, strlen(creds->secret_access_key), sts.data,
                               sts.len, mac))
            status = AWSC_E_NOMEM;
        awsc__base64_encode(mac, sizeof mac, b64);
        if (status == AWSC_OK)
            status = awsc__params_set(&p, "Signature", b64, true);
    }
    /* the form again, in the parameters' order */
    if (status == AWSC_OK) {
        awsc__buf_reset(out);
        if (!awsc__params_write_form(&p, out))
            status = AWSC_E_NOMEM;
    }
    awsc__buf_clean_up(&sts);
    awsc__arena_destroy(a);
    return status == AWSC_OK ? AWSC_OK : awsc__fail(err, status, "out of memory");
}
