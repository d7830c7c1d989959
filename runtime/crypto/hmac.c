/*
 * HMAC-SHA256 (RFC 2104) over the backend's SHA-256: the key's padded
 * blocks are the same for every backend, and so is the MAC of one
 * message. The backends hash the blocks (awsc__hmac_sha256_prepare) and
 * the message (awsc__hmac_sha256_with).
 */
#include "crypto.h"

#include <string.h>

bool awsc__hmac_pads(const void *key, size_t key_len, uint8_t ipad[64], uint8_t opad[64])
{
    uint8_t k[64] = {0}; /* the key, hashed first when longer than a block */
    bool ok = true;
    if (key_len > sizeof k)
        ok = awsc__sha256(key, key_len, k);
    else if (key_len)
        memcpy(k, key, key_len);
    for (size_t i = 0; i < sizeof k; i++) {
        ipad[i] = k[i] ^ 0x36;
        opad[i] = k[i] ^ 0x5c;
    }
    awsc__secure_zero(k, sizeof k);
    return ok;
}

bool awsc__hmac_sha256(const void *key, size_t key_len, const void *data, size_t n, uint8_t out[32])
{
    struct awsc__hmac_sha256_key k;
    bool ok =
        awsc__hmac_sha256_prepare(key, key_len, &k) && awsc__hmac_sha256_with(&k, data, n, out);
    awsc__secure_zero(&k, sizeof k);
    if (!ok)
        memset(out, 0, 32);
    return ok;
}
