/* Hashes and checksums: SHA-256, HMAC-SHA256 and MD5 through libcrypto;
 * CRC32 and CRC32C with small table-driven loops. */
#include "core.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <pthread.h>

void awsc__sha256(const void *data, size_t n, uint8_t out[32])
{
    unsigned int len = 32;
    EVP_Digest(data, n, out, &len, EVP_sha256(), NULL);
}

void awsc__hmac_sha256(const void *key, size_t key_len, const void *data, size_t n, uint8_t out[32])
{
    unsigned int len = 32;
    HMAC(EVP_sha256(), key, (int)key_len, data, n, out, &len);
}

void awsc__md5(const void *data, size_t n, uint8_t out[16])
{
    unsigned int len = 16;
    EVP_Digest(data, n, out, &len, EVP_md5(), NULL);
}

/* Reflected CRC tables, built once. */
static uint32_t crc_table(uint32_t poly, unsigned i)
{
    uint32_t c = i;
    for (int k = 0; k < 8; k++)
        c = c & 1 ? poly ^ (c >> 1) : c >> 1;
    return c;
}

static uint32_t g_crc32[256], g_crc32c[256];
static pthread_once_t g_tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    for (unsigned i = 0; i < 256; i++) {
        g_crc32[i] = crc_table(0xEDB88320u, i);
        g_crc32c[i] = crc_table(0x82F63B78u, i);
    }
}

static void tables(void)
{
    pthread_once(&g_tables_once, build_tables);
}

static uint32_t crc_update(const uint32_t *t, uint32_t crc, const void *data, size_t n)
{
    const uint8_t *p = data;
    crc = ~crc;
    while (n--)
        crc = t[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

uint32_t awsc__crc32_update(uint32_t crc, const void *data, size_t n)
{
    tables();
    return crc_update(g_crc32, crc, data, n);
}

uint32_t awsc__crc32c_update(uint32_t crc, const void *data, size_t n)
{
    tables();
    return crc_update(g_crc32c, crc, data, n);
}
