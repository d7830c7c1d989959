/* Checksums: CRC-32, CRC-32C and CRC-64/NVME. (The cryptographic hashes
 * are runtime/crypto's.) */
#include "core.h"

#include <limits.h>
#include <pthread.h>
#include <zlib.h>
#if AWSC_HAVE_ISAL
#include <isa-l/crc.h>
#endif

/*
 * CRCs. CRC-32 and CRC-32C are ISA-L's when the build has it (PCLMUL /
 * SSE 4.2 and their ARM counterparts, chosen at run time), else zlib's
 * CRC-32 (which the request compression needs anyway) and a table loop; CRC-64/NVME (the
 * Rocksoft polynomial) is a slicing-by-8 loop, as Debian's ISA-L (2.30)
 * predates its crc64_rocksoft_refl.
 */
#if AWSC_HAVE_ISAL
static uint32_t crc32c_isal(uint32_t crc, const uint8_t *p, size_t n)
{
    /* crc32_iscsi neither inverts nor takes more than INT_MAX bytes */
    crc = ~crc;
    while (n) {
        int step = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        crc = crc32_iscsi((unsigned char *)(uintptr_t)p, step, crc);
        p += step;
        n -= (size_t)step;
    }
    return ~crc;
}
#endif

static uint32_t g_crc32c[256];
static uint64_t g_crc64[8][256];
static pthread_once_t g_tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    for (unsigned i = 0; i < 256; i++) {
        uint32_t c = i;
        uint64_t d = i;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0x82F63B78u ^ (c >> 1) : c >> 1;
            d = d & 1 ? 0x9A6C9329AC4BC9B5ull ^ (d >> 1) : d >> 1;
        }
        g_crc32c[i] = c;
        g_crc64[0][i] = d;
    }
    for (unsigned i = 0; i < 256; i++)
        for (int t = 1; t < 8; t++)
            g_crc64[t][i] = (g_crc64[t - 1][i] >> 8) ^ g_crc64[0][g_crc64[t - 1][i] & 0xFF];
}

static void tables(void)
{
    pthread_once(&g_tables_once, build_tables);
}

uint32_t awsc__crc32_update(uint32_t crc, const void *data, size_t n)
{
    const uint8_t *p = data;
#if AWSC_HAVE_ISAL
    /* the same running value as zlib's crc32(), with PCLMUL */
    while (n) {
        uint64_t step = n > (1u << 30) ? (1u << 30) : n;
        crc = crc32_gzip_refl(crc, (unsigned char *)(uintptr_t)p, step);
        p += step;
        n -= (size_t)step;
    }
#else
    while (n) {
        uInt step = n > 0x40000000u ? 0x40000000u : (uInt)n;
        crc = (uint32_t)crc32(crc, p, step);
        p += step;
        n -= step;
    }
#endif
    return crc;
}

uint32_t awsc__crc32c_update(uint32_t crc, const void *data, size_t n)
{
#if AWSC_HAVE_ISAL
    return crc32c_isal(crc, data, n);
#else
    tables();
    const uint8_t *p = data;
    crc = ~crc;
    while (n--)
        crc = g_crc32c[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
#endif
}

uint64_t awsc__crc64nvme_update(uint64_t crc, const void *data, size_t n)
{
    tables();
    const uint8_t *p = data;
    crc = ~crc;
    while (n >= 8) {
        uint64_t x = crc ^ ((uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
                            (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
                            (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56);
        crc = g_crc64[7][x & 0xFF] ^ g_crc64[6][(x >> 8) & 0xFF] ^ g_crc64[5][(x >> 16) & 0xFF] ^
              g_crc64[4][(x >> 24) & 0xFF] ^ g_crc64[3][(x >> 32) & 0xFF] ^
              g_crc64[2][(x >> 40) & 0xFF] ^ g_crc64[1][(x >> 48) & 0xFF] ^ g_crc64[0][x >> 56];
        p += 8;
        n -= 8;
    }
    while (n--)
        crc = g_crc64[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}
