/*
 * SigV4a's key and signature: an ECDSA P-256 key derived from the
 * credentials (NIST SP 800-108 counter-mode KDF with HMAC-SHA256, as the
 * AWS CRT derives it), and the DER signature of the string to sign. The
 * rest of SigV4a (canonical request, "AWS4-ECDSA-P256-SHA256" string to
 * sign with a scope without region, X-Amz-Region-Set) is sigv4.c's.
 */
#define OPENSSL_SUPPRESS_DEPRECATED /* EC_KEY: the one API that takes a raw scalar simply */
#include "auth.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/obj_mac.h>
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

static EC_KEY *make_key(const uint8_t priv[32], uint8_t pub[65])
{
    EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    BIGNUM *d = BN_bin2bn(priv, 32, NULL);
    const EC_GROUP *g = key ? EC_KEY_get0_group(key) : NULL;
    EC_POINT *p = g ? EC_POINT_new(g) : NULL;
    bool ok = key && d && p && EC_POINT_mul(g, p, d, NULL, NULL, NULL) == 1 &&
              EC_KEY_set_private_key(key, d) == 1 && EC_KEY_set_public_key(key, p) == 1;
    if (ok && pub)
        ok = EC_POINT_point2oct(g, p, POINT_CONVERSION_UNCOMPRESSED, pub, 65, NULL) == 65;
    EC_POINT_free(p);
    BN_clear_free(d);
    if (!ok) {
        EC_KEY_free(key);
        return NULL;
    }
    return key;
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
            awsc__hmac_sha256(key, key_len, in, in_len, k0);
            if (greater(k0, N_MINUS_2)) {
                OPENSSL_cleanse(k0, sizeof k0);
                continue;
            }
            /* d = k0 + 1 */
            for (int i = 31, carry = 1; i >= 0 && carry; i--) {
                int v = k0[i] + carry;
                k0[i] = (uint8_t)v;
                carry = v >> 8;
            }
            memcpy(priv, k0, 32);
            OPENSSL_cleanse(k0, sizeof k0);
            status = AWSC_OK;
            break;
        }
    }
    if (status == AWSC_OK && pub) {
        EC_KEY *k = make_key(priv, pub);
        if (!k)
            status = AWSC_E_INTERNAL;
        EC_KEY_free(k);
    }
    if (key) {
        OPENSSL_cleanse(key, key_len);
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
    EC_KEY *k = make_key(priv, NULL);
    unsigned char der[80];
    unsigned int n = 0;
    bool ok =
        k && (size_t)ECDSA_size(k) <= sizeof der && ECDSA_sign(0, digest, 32, der, &n, k) == 1;
    EC_KEY_free(k);
    if (!ok)
        return awsc__fail(err, AWSC_E_INTERNAL, "SigV4a: the ECDSA signature failed");
    awsc__hex_encode(der, n, hex);
    return AWSC_OK;
}
