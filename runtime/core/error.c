/* Status codes and the caller-owned error struct. */
#include "core.h"

#include <string.h>

#include <awsc/shape.h>

static const struct {
    int status;
    const char *name;
    const char *text;
} STATUSES[] = {
    {AWSC_OK, "AWSC_OK", "success"},
    {AWSC_E_NOMEM, "AWSC_E_NOMEM", "out of memory"},
    {AWSC_E_INVALID_ARG, "AWSC_E_INVALID_ARG", "invalid argument"},
    {AWSC_E_VALIDATION, "AWSC_E_VALIDATION", "the input is not valid for the operation"},
    {AWSC_E_SERVICE, "AWSC_E_SERVICE", "the service returned an error"},
    {AWSC_E_TRANSPORT, "AWSC_E_TRANSPORT", "the connection to the endpoint failed"},
    {AWSC_E_TIMEOUT, "AWSC_E_TIMEOUT", "the request timed out"},
    {AWSC_E_PARSE, "AWSC_E_PARSE", "the response could not be parsed"},
    {AWSC_E_CREDENTIALS, "AWSC_E_CREDENTIALS", "no usable credentials"},
    {AWSC_E_CONFIG, "AWSC_E_CONFIG", "invalid configuration"},
    {AWSC_E_ENDPOINT, "AWSC_E_ENDPOINT", "no endpoint could be resolved"},
    {AWSC_E_CHECKSUM, "AWSC_E_CHECKSUM", "a checksum did not match"},
    {AWSC_E_CANCELLED, "AWSC_E_CANCELLED", "the call was cancelled"},
    {AWSC_E_IO, "AWSC_E_IO", "a local file could not be read or written"},
    {AWSC_E_UNSUPPORTED, "AWSC_E_UNSUPPORTED", "not supported by this build"},
    {AWSC_E_NOT_FOUND, "AWSC_E_NOT_FOUND", "not found"},
    {AWSC_E_BUSY, "AWSC_E_BUSY", "busy"},
    {AWSC_E_INTERNAL, "AWSC_E_INTERNAL", "internal error"},
    {AWSC_E_PAGINATION, "AWSC_E_PAGINATION", "the service repeated a pagination token"},
    {AWSC_E_WAIT_FAILED, "AWSC_E_WAIT_FAILED", "the waiter reached a failure state"},
    {AWSC_E_WAIT_TIMEOUT, "AWSC_E_WAIT_TIMEOUT", "the waiter ran out of attempts or time"},
};

const char *awsc_status_name(int status)
{
    for (size_t i = 0; i < AWSC_ARRAY_LEN(STATUSES); i++)
        if (STATUSES[i].status == status)
            return STATUSES[i].name;
    return "AWSC_E_UNKNOWN";
}

const char *awsc_strerror(int status)
{
    for (size_t i = 0; i < AWSC_ARRAY_LEN(STATUSES); i++)
        if (STATUSES[i].status == status)
            return STATUSES[i].text;
    return "unknown status";
}

void awsc_error_clean_up(struct awsc_error *err)
{
    if (!err)
        return;
    awsc__arena_destroy(err->arena);
    memset(err, 0, sizeof *err);
}

bool awsc_error_is(const struct awsc_error *err, const char *code)
{
    if (!err || !code)
        return false;
    if (err->code && strcmp(err->code, code) == 0)
        return true;
    return err->shape && awsc_shape_error_code(err->shape) &&
           strcmp(awsc_shape_error_code(err->shape), code) == 0;
}

struct awsc_arena *awsc__error_arena(struct awsc_error *err)
{
    if (!err->arena)
        err->arena = awsc__arena_new();
    return err->arena;
}

void awsc__error_move(struct awsc_error *dst, struct awsc_error *src)
{
    if (dst == src)
        return;
    awsc_error_clean_up(dst);
    *dst = *src;
    memset(src, 0, sizeof *src);
}

int awsc__fail(struct awsc_error *err, int status, const char *fmt, ...)
{
    if (!err)
        return status;
    awsc_error_clean_up(err);
    err->status = status;
    struct awsc_arena *a = awsc__error_arena(err);
    if (a) {
        va_list ap;
        va_start(ap, fmt);
        struct awsc_buf b = AWSC_BUF_INIT;
        awsc__buf_vprintf(&b, fmt, ap);
        va_end(ap);
        if (!b.failed && b.data)
            err->message = awsc__arena_strdup(a, b.data);
        awsc__buf_clean_up(&b);
    }
    if (!err->message)
        err->message = awsc_strerror(status);
    return status;
}

int awsc__strcasecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int ca = (unsigned char)*a, cb = (unsigned char)*b;
        if (ca >= 'A' && ca <= 'Z')
            ca += 32;
        if (cb >= 'A' && cb <= 'Z')
            cb += 32;
        if (ca != cb || !ca)
            return ca - cb;
    }
}

int awsc__strncasecmp(const char *a, const char *b, size_t n)
{
    for (; n; n--, a++, b++) {
        int ca = (unsigned char)*a, cb = (unsigned char)*b;
        if (ca >= 'A' && ca <= 'Z')
            ca += 32;
        if (cb >= 'A' && cb <= 'Z')
            cb += 32;
        if (ca != cb || !ca)
            return ca - cb;
    }
    return 0;
}

bool awsc__name_in(const char *name, const struct awsc__name *set, size_t count)
{
    size_t len = strlen(name);
    for (size_t i = 0; i < count; i++)
        if (set[i].len == len && awsc__strncasecmp(name, set[i].text, len) == 0)
            return true;
    return false;
}

char *awsc__trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}
