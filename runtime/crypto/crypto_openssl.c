/*
 * crypto.h over OpenSSL's libcrypto (-Dcrypto=openssl, the default).
 *
 * OpenSSL 3 looks an algorithm up by name each time one is used without
 * being fetched first (EVP_sha256(), HMAC()): the digests are fetched once.
 *
 * SHA-256 of a short message and HMAC-SHA-256 (SigV4 hashes and signs
 * every request) go straight to SHA256_Init/Update/Final: the same
 * assembly (SHA extensions, AVX2) as the EVP interface, without its
 * per-call dispatch. EVP_MAC cost about 19,000 instructions for the one
 * HMAC of a signature (context copy, init, final, free), four times the
 * hashing itself; HMAC over two SHA-256 contexts is RFC 2104 verbatim.
 */
#define OPENSSL_SUPPRESS_DEPRECATED /* EC_KEY: the one API that takes a raw scalar simply; SHA256_* */
#include "crypto.h"

#include "core.h"

#include <limits.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <string.h>

const char *awsc__crypto_backend(void)
{
    return OpenSSL_version(OPENSSL_VERSION);
}

/* ---- hashes ---- */

static pthread_once_t g_fetch_once = PTHREAD_ONCE_INIT;
static EVP_MD *g_md[4]; /* by enum awsc__hash_alg; NULL: not fetched */

static void fetch(void)
{
    static const char *const NAMES[] = {"MD5", "SHA1", "SHA256", "SHA512"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(NAMES); i++)
        g_md[i] = EVP_MD_fetch(NULL, NAMES[i], NULL);
}

static const EVP_MD *md_of(enum awsc__hash_alg alg)
{
    pthread_once(&g_fetch_once, fetch);
    if ((unsigned)alg < AWSC_ARRAY_LEN(g_md) && g_md[alg])
        return g_md[alg];
    switch (alg) {
    case AWSC__HASH_MD5:
        return EVP_md5();
    case AWSC__HASH_SHA1:
        return EVP_sha1();
    case AWSC__HASH_SHA256:
        return EVP_sha256();
    case AWSC__HASH_SHA512:
        return EVP_sha512();
    }
    return NULL;
}

size_t awsc__hash_size(enum awsc__hash_alg alg)
{
    static const size_t SIZE[] = {16, 20, 32, 64};
    return (unsigned)alg < AWSC_ARRAY_LEN(SIZE) ? SIZE[alg] : 0;
}

bool awsc__hash(enum awsc__hash_alg alg, const void *data, size_t n, uint8_t *out)
{
    const EVP_MD *md = md_of(alg);
    unsigned int len = 0;
    if (md && EVP_Digest(data, n, out, &len, md, NULL) == 1 && len == awsc__hash_size(alg))
        return true;
    memset(out, 0, awsc__hash_size(alg));
    return false;
}

bool awsc__sha256(const void *data, size_t n, uint8_t out[32])
{
    SHA256_CTX c;
    bool ok = SHA256_Init(&c) == 1 && SHA256_Update(&c, data, n) == 1 && SHA256_Final(out, &c) == 1;
    OPENSSL_cleanse(&c, sizeof c);
    if (!ok)
        memset(out, 0, 32);
    return ok;
}

/* RFC 2104: H((K ^ opad) || H((K ^ ipad) || data)), K padded to the
 * 64-byte block (hashed first when longer). The prepared key is the two
 * contexts after their padded key block. */
struct hmac_state {
    SHA256_CTX inner, outer;
};
_Static_assert(sizeof(struct hmac_state) <= sizeof(struct awsc__hmac_sha256_key),
               "awsc__hmac_sha256_key holds two SHA256_CTX");

bool awsc__hmac_sha256_prepare(const void *key, size_t key_len, struct awsc__hmac_sha256_key *out)
{
    uint8_t ipad[64], opad[64];
    struct hmac_state st;
    bool ok = awsc__hmac_pads(key, key_len, ipad, opad) && SHA256_Init(&st.inner) == 1 &&
              SHA256_Update(&st.inner, ipad, sizeof ipad) == 1 && SHA256_Init(&st.outer) == 1 &&
              SHA256_Update(&st.outer, opad, sizeof opad) == 1;
    memset(out, 0, sizeof *out);
    if (ok)
        memcpy(out->state, &st, sizeof st);
    OPENSSL_cleanse(ipad, sizeof ipad);
    OPENSSL_cleanse(opad, sizeof opad);
    OPENSSL_cleanse(&st, sizeof st);
    return ok;
}

bool awsc__hmac_sha256_with(const struct awsc__hmac_sha256_key *key, const void *data, size_t n,
                            uint8_t out[32])
{
    struct hmac_state st;
    uint8_t inner[32];
    memcpy(&st, key->state, sizeof st);
    bool ok = SHA256_Update(&st.inner, data, n) == 1 && SHA256_Final(inner, &st.inner) == 1 &&
              SHA256_Update(&st.outer, inner, sizeof inner) == 1 &&
              SHA256_Final(out, &st.outer) == 1;
    OPENSSL_cleanse(inner, sizeof inner);
    OPENSSL_cleanse(&st, sizeof st);
    if (!ok)
        memset(out, 0, 32);
    return ok;
}

struct awsc__hash_ctx {
    EVP_MD_CTX *md;
    bool failed;
};

struct awsc__hash_ctx *awsc__hash_new(enum awsc__hash_alg alg)
{
    const EVP_MD *md = md_of(alg);
    struct awsc__hash_ctx *h = md ? awsc__malloc(sizeof *h) : NULL;
    if (!h)
        return NULL;
    h->failed = false;
    h->md = EVP_MD_CTX_new();
    if (!h->md || EVP_DigestInit_ex(h->md, md, NULL) != 1) {
        awsc__hash_free(h);
        return NULL;
    }
    return h;
}

void awsc__hash_update(struct awsc__hash_ctx *h, const void *data, size_t n)
{
    if (n && !h->failed && EVP_DigestUpdate(h->md, data, n) != 1)
        h->failed = true;
}

size_t awsc__hash_final(struct awsc__hash_ctx *h, uint8_t out[AWSC__HASH_MAX])
{
    unsigned int len = 0;
    if (h->failed || EVP_DigestFinal_ex(h->md, out, &len) != 1)
        return 0;
    return len;
}

void awsc__hash_free(struct awsc__hash_ctx *h)
{
    if (!h)
        return;
    EVP_MD_CTX_free(h->md);
    awsc__free(h);
}

/* ---- random bytes, secrets ---- */

bool awsc__random_bytes(void *buf, size_t n)
{
    uint8_t *p = buf;
    while (n) {
        int step = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        if (RAND_bytes(p, step) != 1)
            return false;
        p += step;
        n -= (size_t)step;
    }
    return true;
}

void awsc__secure_zero(void *p, size_t n)
{
    OPENSSL_cleanse(p, n);
}

/* ---- ECDSA P-256 ---- */

/* The key of the scalar priv (1 <= d < n), and its public point (written
 * to pub) when pub is not NULL; signing needs only the scalar. */
static EC_KEY *make_key(const uint8_t priv[32], uint8_t pub[65])
{
    EC_KEY *key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    BIGNUM *d = BN_bin2bn(priv, 32, NULL);
    const EC_GROUP *g = key ? EC_KEY_get0_group(key) : NULL;
    EC_POINT *p = g && pub ? EC_POINT_new(g) : NULL;
    bool ok = key && d && !BN_is_zero(d) && BN_cmp(d, EC_GROUP_get0_order(g)) < 0 &&
              EC_KEY_set_private_key(key, d) == 1;
    if (ok && pub)
        ok = p && EC_POINT_mul(g, p, d, NULL, NULL, NULL) == 1 &&
             EC_KEY_set_public_key(key, p) == 1 &&
             EC_POINT_point2oct(g, p, POINT_CONVERSION_UNCOMPRESSED, pub, 65, NULL) == 65;
    EC_POINT_free(p);
    BN_clear_free(d);
    if (!ok) {
        EC_KEY_free(key);
        return NULL;
    }
    return key;
}

bool awsc__p256_public_key(const uint8_t priv[32], uint8_t pub[65])
{
    EC_KEY *k = make_key(priv, pub);
    EC_KEY_free(k);
    return k != NULL;
}

bool awsc__p256_sign(const uint8_t priv[32], const uint8_t digest[32],
                     uint8_t der[AWSC__P256_SIG_MAX], size_t *der_len)
{
    EC_KEY *k = make_key(priv, NULL);
    unsigned int n = 0;
    bool ok = k && (size_t)ECDSA_size(k) <= AWSC__P256_SIG_MAX &&
              ECDSA_sign(0, digest, 32, der, &n, k) == 1;
    EC_KEY_free(k);
    *der_len = ok ? n : 0;
    return ok;
}
