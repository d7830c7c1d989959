/*
 * SigV4a's key and signature: an ECDSA P-256 key derived from the
 * credentials (NIST SP 800-108 counter-mode KDF with HMAC-SHA256, as the
 * AWS CRT derives it), and the DER signature of the string to sign. The
 * rest of SigV4a (canonical request, "AWS4-ECDSA-P256-SHA256" string to
 * sign with a scope without region, X-Amz-Region-Set) is sigv4.c's.
 */
#include "auth.h"

#include <string.h>

#define LABEL "AWS4-ECDSA-P256-SHA256"

/* n - 2, n the order of P-256: the derived scalar must not exceed it */
static const uint8_t N_MINUS_2[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17, 0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x4F};

/* a > b, both 32 bytes big-endian, in constant time */
static bool greater(const uint8_t a[32], const uint8_t b[32])
{
    int gt = 0, lt = 0;
    for (int i = 0; i < 32; i++) {
        int x = a[i], y = b[i];
        int undecided = !(gt | lt);
        gt |= undecided & (x > y);
        lt |= undecided & (x < y);
    }
    return gt;
}

int awsc__sigv4a_derive(const char *access_key_id, const char *secret, uint8_t priv[32],
                        uint8_t pub[65], struct awsc_error *err)
{
    size_t secret_len = strlen(secret), id_len = strlen(access_key_id);
    size_t key_len = 5 + secret_len;
    size_t in_len = 4 + sizeof LABEL - 1 + 1 + id_len + 1 + 4;
    uint8_t *key = awsc__malloc(key_len);
    uint8_t *in = awsc__malloc(in_len);
    int status = key && in ? AWSC_E_INTERNAL : AWSC_E_NOMEM;
    if (key && in) {
        memcpy(key, "AWS4A", 5);
        memcpy(key + 5, secret, secret_len);
        uint8_t *p = in;
        memcpy(p, "\0\0\0\1", 4); /* i = 1: one block of 256 bits */
        p += 4;
        memcpy(p, LABEL, sizeof LABEL - 1);
        p += sizeof LABEL - 1;
        *p++ = 0;
        memcpy(p, access_key_id, id_len);
        p += id_len;
        uint8_t *counter = p++;
        memcpy(p, "\0\0\1\0", 4); /* L = 256 */
        for (unsigned c = 1; c <= 254; c++) {
            uint8_t k0[32];
            *counter = (uint8_t)c;
            if (!awsc__hmac_sha256(key, key_len, in, in_len, k0)) {
                status = AWSC_E_NOMEM;
                break;
            }
            if (greater(k0, N_MINUS_2)) {
                awsc__secure_zero(k0, sizeof k0);
                continue;
            }
            /* d = k0 + 1 */
            for (int i = 31, carry = 1; i >= 0 && carry; i--) {
                int v = k0[i] + carry;
                k0[i] = (uint8_t)v;
                carry = v >> 8;
            }
            memcpy(priv, k0, 32);
            awsc__secure_zero(k0, sizeof k0);
            status = AWSC_OK;
            break;
        }
    }
    if (status == AWSC_OK && pub && !awsc__p256_public_key(priv, pub))
        status = AWSC_E_INTERNAL;
    if (key) {
        awsc__secure_zero(key, key_len);
        awsc__free(key);
    }
    awsc__free(in);
    if (status == AWSC_E_NOMEM)
        return awsc__fail(err, status, "out of memory while signing");
    if (status != AWSC_OK)
        return awsc__fail(err, status, "SigV4a: no key could be derived from the credentials");
    return AWSC_OK;
}

int awsc__sigv4a_sign_digest(const uint8_t priv[32], const uint8_t digest[32], char *hex,
                             struct awsc_error *err)
{
    uint8_t der[AWSC__P256_SIG_MAX];
    size_t n = 0;
    if (!awsc__p256_sign(priv, digest, der, &n))
        return awsc__fail(err, AWSC_E_INTERNAL, "SigV4a: the ECDSA signature failed");
    awsc__hex_encode(der, n, hex);
    return AWSC_OK;
}
