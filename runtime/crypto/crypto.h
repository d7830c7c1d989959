/*
 * runtime/crypto/crypto.h - the cryptography the runtime uses, and all of
 * it: hashes (MD5, SHA-1, SHA-256, SHA-512), HMAC-SHA256, random bytes,
 * ECDSA P-256 (SigV4a) and wiping secrets. One backend implements it,
 * chosen when building (-Dcrypto=openssl|mbedtls): crypto_openssl.c over
 * libcrypto, crypto_mbedtls.c over Mbed TLS's libmbedcrypto. No other
 * file of the runtime includes a crypto library's header.
 *
 * Failures: the backends fail only for want of memory (or a broken random
 * source); a function that can fail says how it reports it. Nothing here
 * is public API.
 */
#ifndef AWSC_CRYPTO_H
#define AWSC_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The backend's name and version, e.g. "OpenSSL 3.0.19 1 Jul 2025" or
 * "Mbed TLS 2.28.3". */
const char *awsc__crypto_backend(void);

/* ---- hashes ---- */
enum awsc__hash_alg {
    AWSC__HASH_MD5,
    AWSC__HASH_SHA1,
    AWSC__HASH_SHA256,
    AWSC__HASH_SHA512,
};
#define AWSC__HASH_MAX 64 /* the largest digest (SHA-512), in bytes */

/* The digest size of alg in bytes (16, 20, 32, 64). */
size_t awsc__hash_size(enum awsc__hash_alg alg);

/* One shot: out receives awsc__hash_size(alg) bytes. Returns false when
 * the backend failed (out is then zeroed). */
bool awsc__hash(enum awsc__hash_alg alg, const void *data, size_t n, uint8_t *out);
bool awsc__sha256(const void *data, size_t n, uint8_t out[32]);

/* HMAC-SHA256 of data under key. Returns false when the backend failed
 * (out is then zeroed). */
bool awsc__hmac_sha256(const void *key, size_t key_len, const void *data, size_t n,
                       uint8_t out[32]);

/* HMAC-SHA256 under one key for many messages (SigV4's signing key): the
 * key's two padded blocks are hashed once, by awsc__hmac_sha256_prepare(),
 * and each awsc__hmac_sha256_with() hashes only its message; the MAC is
 * awsc__hmac_sha256()'s. The state is key material: wipe it with
 * awsc__secure_zero(). Both return false when the backend failed (out is
 * then zeroed). */
struct awsc__hmac_sha256_key {
    uint64_t state[32]; /* the backend's two hash contexts, copied */
};
bool awsc__hmac_sha256_prepare(const void *key, size_t key_len, struct awsc__hmac_sha256_key *out);
bool awsc__hmac_sha256_with(const struct awsc__hmac_sha256_key *key, const void *data, size_t n,
                            uint8_t out[32]);
/* The key's two padded blocks (the key XOR 0x36 and 0x5c, hashed first
 * when longer than a block), for a backend's prepare (hmac.c). Wipe them
 * after use. false: hashing the key failed. */
bool awsc__hmac_pads(const void *key, size_t key_len, uint8_t ipad[64], uint8_t opad[64]);

/* Streaming: new (NULL when out of memory), update any number of times,
 * final once (returns the digest's size, or 0 when the backend failed at
 * any step), free (NULL is fine). */
struct awsc__hash_ctx;
struct awsc__hash_ctx *awsc__hash_new(enum awsc__hash_alg alg);
void awsc__hash_update(struct awsc__hash_ctx *h, const void *data, size_t n);
size_t awsc__hash_final(struct awsc__hash_ctx *h, uint8_t out[AWSC__HASH_MAX]);
void awsc__hash_free(struct awsc__hash_ctx *h);

/* ---- random bytes ---- */
/* n bytes from the backend's cryptographically secure generator (OpenSSL's
 * RAND_bytes; Mbed TLS's CTR-DRBG seeded from its entropy sources, and
 * reseeded in a child after fork). Returns false when it failed. */
bool awsc__random_bytes(void *buf, size_t n);

/* ---- secrets ---- */
/* Zeroes n bytes in a way the compiler cannot leave out. */
void awsc__secure_zero(void *p, size_t n);

/* ---- ECDSA over NIST P-256 ---- */
#define AWSC__P256_SIG_MAX 72 /* the longest DER signature */

/* The public key of the private scalar priv (big-endian, 1 <= d < n), as
 * an uncompressed point (0x04 || X || Y). Returns false when priv is out
 * of range or the backend failed. */
bool awsc__p256_public_key(const uint8_t priv[32], uint8_t pub[65]);

/* The DER ECDSA signature (SEQUENCE of r and s) of a 32-byte digest under
 * priv; *der_len receives its length. Returns false when the backend
 * failed. */
bool awsc__p256_sign(const uint8_t priv[32], const uint8_t digest[32],
                     uint8_t der[AWSC__P256_SIG_MAX], size_t *der_len);

#endif
