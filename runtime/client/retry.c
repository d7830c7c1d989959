/*
 * Retry policy: botocore's "standard" mode (retries/standard.py) — which
 * errors are worth another attempt, and the back-off before it. The retry
 * quota is kept in call.c beside the attempts it governs.
 */
#include "client.h"

#include <string.h>

static const char *const THROTTLING_CODES[] = {
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
};

static const char *const TRANSIENT_CODES[] = {
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
};

bool awsc__retry_is_throttle(const char *code)
{
    if (!code)
        return false;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(THROTTLING_CODES); i++)
        if (strcmp(code, THROTTLING_CODES[i]) == 0)
            return true;
    return false;
}

bool awsc__retry_is_transient(int status, int http_status, const char *code)
{
    if (status == AWSC_E_TRANSPORT || status == AWSC_E_TIMEOUT || status == AWSC_E_CHECKSUM)
        return true;
    if (http_status == 500 || http_status == 502 || http_status == 503 || http_status == 504)
        return true;
    if (code)
        for (size_t i = 0; i < AWSC_ARRAY_LEN(TRANSIENT_CODES); i++)
            if (strcmp(code, TRANSIENT_CODES[i]) == 0)
                return true;
    return false;
}

/* xorshift: back-off jitter needs no cryptographic randomness */
static double jitter(void)
{
    static _Thread_local uint64_t state; /* each thread its own */
    if (!state) {
        struct awsc_timestamp t = awsc__now();
        state = (uint64_t)t.sec * 6364136223846793005u ^ (uint64_t)t.nsec ^ 0x9E3779B97F4A7C15u;
    }
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (double)(state >> 11) / (double)(1ull << 53);
}

int64_t awsc__retry_delay_ms(const struct awsc_client *c, int attempt, bool throttled)
{
    (void)c;
    (void)throttled;
    /* min(random * 2^(attempt - 2), 20) seconds, where attempt counts from
     * 1 and this is the delay before attempt `attempt` */
    double cap = 20000.0;
    double scale = 1000.0;
    for (int i = 2; i < attempt && scale < cap; i++)
        scale *= 2;
    double d = jitter() * scale;
    return (int64_t)(d < cap ? d : cap);
}
