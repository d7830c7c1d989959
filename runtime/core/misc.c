/* UUIDs and the debug log. */
#include "core.h"

#include <string.h>

void awsc__uuid4(char out[37])
{
    uint8_t r[16];
    if (!awsc__random_bytes(r, sizeof r)) {
        /* the crypto backend's generator failed: fall back to the clock; tokens only
         * need to be unique, not secret */
        struct awsc_timestamp t = awsc__now();
        uint64_t x = (uint64_t)t.sec * 1000000007u ^ (uint64_t)t.nsec ^ (uint64_t)(uintptr_t)out;
        for (int i = 0; i < 16; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            r[i] = (uint8_t)x;
        }
    }
    r[6] = (uint8_t)((r[6] & 0x0F) | 0x40);
    r[8] = (uint8_t)((r[8] & 0x3F) | 0x80);
    char hex[33];
    awsc__hex_encode(r, 16, hex);
    snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

void awsc__log(const struct awsc_log *log, const char *fmt, ...)
{
    if (!log || !log->fn)
        return;
    struct awsc_buf b = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (!b.failed && b.data)
        log->fn(log->ud, b.data);
    awsc__buf_clean_up(&b);
}

bool awsc__header_is_secret(const char *name)
{
    static const char *const SECRET[] = {
        "authorization",
        "x-amz-security-token",
        "x-amz-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key",
        "proxy-authorization",
        "cookie",
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(SECRET); i++)
        if (awsc__strcasecmp(name, SECRET[i]) == 0)
            return true;
    return false;
}
