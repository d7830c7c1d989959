/* UUIDs, the environment and the debug log. */
#include "core.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* UUIDs draw on a per-thread pool of the crypto backend's random bytes,
 * refilled 256 bytes (16 UUIDs) at a time: the generator costs about 7,000
 * instructions a call whatever the length, and every request carries a
 * UUID (amz-sdk-invocation-id). A child process must not reuse what its
 * parent drew: fork() bumps the generation, and a pool of another
 * generation is refilled. */
static atomic_uint g_fork_generation;
static pthread_once_t g_atfork_once = PTHREAD_ONCE_INIT;

static void on_fork_child(void)
{
    atomic_fetch_add(&g_fork_generation, 1);
}

static void watch_forks(void)
{
    pthread_atfork(NULL, NULL, on_fork_child);
}

static bool uuid_random(uint8_t r[16])
{
    /* 255 UUIDs a refill: the generator costs about as much for 16 bytes */
    static _Thread_local struct {
        uint8_t bytes[4096];
        unsigned used; /* 0: empty */
        unsigned generation;
    } pool;
    pthread_once(&g_atfork_once, watch_forks);
    unsigned generation = atomic_load(&g_fork_generation);
    if (pool.used == 0 || pool.used + 16 > sizeof pool.bytes || pool.generation != generation) {
        if (!awsc__random_bytes(pool.bytes, sizeof pool.bytes)) {
            pool.used = 0;
            return false;
        }
        pool.used = 1; /* the first byte is never handed out: 0 means empty */
        pool.generation = generation;
    }
    memcpy(r, pool.bytes + pool.used, 16);
    memset(pool.bytes + pool.used, 0, 16);
    pool.used += 16;
    return true;
}

void awsc__uuid4(char out[37])
{
    uint8_t r[16];
    if (!uuid_random(r)) {
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
    /* 8-4-4-4-12 */
    memcpy(out, hex, 8);
    out[8] = '-';
    memcpy(out + 9, hex + 8, 4);
    out[13] = '-';
    memcpy(out + 14, hex + 12, 4);
    out[18] = '-';
    memcpy(out + 19, hex + 16, 4);
    out[23] = '-';
    memcpy(out + 24, hex + 20, 12);
    out[36] = '\0';
}

const char *awsc__getenv_set(const char *name)
{
    const char *v = name ? getenv(name) : NULL;
    return v && *v ? v : NULL;
}

#if AWSC_WITH_LOG
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
#endif

bool awsc__header_is_secret(const char *name)
{
    static const struct awsc__name SECRET[] = {
        AWSC__NAME("authorization"),
        AWSC__NAME("x-amz-security-token"),
        AWSC__NAME("x-amz-server-side-encryption-customer-key"),
        AWSC__NAME("x-amz-copy-source-server-side-encryption-customer-key"),
        AWSC__NAME("proxy-authorization"),
        AWSC__NAME("cookie"),
    };
    return awsc__name_in(name, SECRET, AWSC_ARRAY_LEN(SECRET));
}
