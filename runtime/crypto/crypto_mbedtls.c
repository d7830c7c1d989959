/*
 * crypto.h over Mbed TLS's libmbedcrypto (-Dcrypto=mbedtls), the 2.28 LTS
 * API that Debian 12 packages. The hashes run on stack contexts (the
 * streaming ones on one allocation, through awsc's allocator); random
 * bytes come from one CTR-DRBG seeded from Mbed TLS's entropy sources
 * (the OS's, or a device's own where its configuration adds one).
 */
#include "crypto.h"

#include "core.h"

#include <mbedtls/asn1write.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ecdsa.h>
#include <mbedtls/ecp.h>
#include <mbedtls/entropy.h>
#include <mbedtls/md.h>
#include <mbedtls/md5.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>
#include <mbedtls/version.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#if MBEDTLS_VERSION_MAJOR != 2 || MBEDTLS_VERSION_MINOR < 28
#error "the Mbed TLS backend is written for the 2.28 LTS API (Debian 12's libmbedtls-dev)"
#endif

const char *awsc__crypto_backend(void)
{
    return MBEDTLS_VERSION_STRING_FULL;
}

/* ---- hashes ---- */

size_t awsc__hash_size(enum awsc__hash_alg alg)
{
    static const size_t SIZE[] = {16, 20, 32, 64};
    return (unsigned)alg < AWSC_ARRAY_LEN(SIZE) ? SIZE[alg] : 0;
}

bool awsc__hash(enum awsc__hash_alg alg, const void *data, size_t n, uint8_t *out)
{
    int rc = -1;
    switch (alg) {
    case AWSC__HASH_MD5:
        rc = mbedtls_md5_ret(data, n, out);
        break;
    case AWSC__HASH_SHA1:
        rc = mbedtls_sha1_ret(data, n, out);
        break;
    case AWSC__HASH_SHA256:
        rc = mbedtls_sha256_ret(data, n, out, 0);
        break;
    case AWSC__HASH_SHA512:
        rc = mbedtls_sha512_ret(data, n, out, 0);
        break;
    }
    if (rc == 0)
        return true;
    memset(out, 0, awsc__hash_size(alg));
    return false;
}

bool awsc__sha256(const void *data, size_t n, uint8_t out[32])
{
    return awsc__hash(AWSC__HASH_SHA256, data, n, out);
}

/* RFC 2104 over two SHA-256 contexts (mbedtls_md_hmac would put its
 * context and pads on the heap for every call): the prepared key is the
 * two contexts after their padded key block. */
struct hmac_state {
    mbedtls_sha256_context inner, outer;
};
_Static_assert(sizeof(struct hmac_state) <= sizeof(struct awsc__hmac_sha256_key),
               "awsc__hmac_sha256_key holds two mbedtls_sha256_context");

bool awsc__hmac_sha256_prepare(const void *key, size_t key_len, struct awsc__hmac_sha256_key *out)
{
    uint8_t ipad[64], opad[64];
    struct hmac_state st;
    mbedtls_sha256_init(&st.inner);
    mbedtls_sha256_init(&st.outer);
    bool ok = awsc__hmac_pads(key, key_len, ipad, opad) &&
              mbedtls_sha256_starts_ret(&st.inner, 0) == 0 &&
              mbedtls_sha256_update_ret(&st.inner, ipad, sizeof ipad) == 0 &&
              mbedtls_sha256_starts_ret(&st.outer, 0) == 0 &&
              mbedtls_sha256_update_ret(&st.outer, opad, sizeof opad) == 0;
    memset(out, 0, sizeof *out);
    if (ok)
        memcpy(out->state, &st, sizeof st);
    mbedtls_platform_zeroize(ipad, sizeof ipad);
    mbedtls_platform_zeroize(opad, sizeof opad);
    mbedtls_sha256_free(&st.inner);
    mbedtls_sha256_free(&st.outer);
    return ok;
}

bool awsc__hmac_sha256_with(const struct awsc__hmac_sha256_key *key, const void *data, size_t n,
                            uint8_t out[32])
{
    struct hmac_state st;
    uint8_t inner[32];
    memcpy(&st, key->state, sizeof st);
    bool ok = mbedtls_sha256_update_ret(&st.inner, data, n) == 0 &&
              mbedtls_sha256_finish_ret(&st.inner, inner) == 0 &&
              mbedtls_sha256_update_ret(&st.outer, inner, sizeof inner) == 0 &&
              mbedtls_sha256_finish_ret(&st.outer, out) == 0;
    mbedtls_platform_zeroize(inner, sizeof inner);
    mbedtls_sha256_free(&st.inner);
    mbedtls_sha256_free(&st.outer);
    if (!ok)
        memset(out, 0, 32);
    return ok;
}

struct awsc__hash_ctx {
    enum awsc__hash_alg alg;
    bool failed;
    union {
        mbedtls_md5_context md5;
        mbedtls_sha1_context sha1;
        mbedtls_sha256_context sha256;
        mbedtls_sha512_context sha512;
    } u;
};

struct awsc__hash_ctx *awsc__hash_new(enum awsc__hash_alg alg)
{
    if (!awsc__hash_size(alg))
        return NULL;
    struct awsc__hash_ctx *h = awsc__malloc(sizeof *h);
    if (!h)
        return NULL;
    h->alg = alg;
    int rc = 0;
    switch (alg) {
    case AWSC__HASH_MD5:
        mbedtls_md5_init(&h->u.md5);
        rc = mbedtls_md5_starts_ret(&h->u.md5);
        break;
    case AWSC__HASH_SHA1:
        mbedtls_sha1_init(&h->u.sha1);
        rc = mbedtls_sha1_starts_ret(&h->u.sha1);
        break;
    case AWSC__HASH_SHA256:
        mbedtls_sha256_init(&h->u.sha256);
        rc = mbedtls_sha256_starts_ret(&h->u.sha256, 0);
        break;
    case AWSC__HASH_SHA512:
        mbedtls_sha512_init(&h->u.sha512);
        rc = mbedtls_sha512_starts_ret(&h->u.sha512, 0);
        break;
    }
    h->failed = rc != 0;
    return h;
}

void awsc__hash_update(struct awsc__hash_ctx *h, const void *data, size_t n)
{
    if (!n || h->failed)
        return;
    int rc = 0;
    switch (h->alg) {
    case AWSC__HASH_MD5:
        rc = mbedtls_md5_update_ret(&h->u.md5, data, n);
        break;
    case AWSC__HASH_SHA1:
        rc = mbedtls_sha1_update_ret(&h->u.sha1, data, n);
        break;
    case AWSC__HASH_SHA256:
        rc = mbedtls_sha256_update_ret(&h->u.sha256, data, n);
        break;
    case AWSC__HASH_SHA512:
        rc = mbedtls_sha512_update_ret(&h->u.sha512, data, n);
        break;
    }
    h->failed = rc != 0;
}

size_t awsc__hash_final(struct awsc__hash_ctx *h, uint8_t out[AWSC__HASH_MAX])
{
    int rc = -1;
    if (!h->failed) {
        switch (h->alg) {
        case AWSC__HASH_MD5:
            rc = mbedtls_md5_finish_ret(&h->u.md5, out);
            break;
        case AWSC__HASH_SHA1:
            rc = mbedtls_sha1_finish_ret(&h->u.sha1, out);
            break;
        case AWSC__HASH_SHA256:
            rc = mbedtls_sha256_finish_ret(&h->u.sha256, out);
            break;
        case AWSC__HASH_SHA512:
            rc = mbedtls_sha512_finish_ret(&h->u.sha512, out);
            break;
        }
    }
    h->failed = true; /* a context is finished once */
    return rc == 0 ? awsc__hash_size(h->alg) : 0;
}

void awsc__hash_free(struct awsc__hash_ctx *h)
{
    if (!h)
        return;
    switch (h->alg) {
    case AWSC__HASH_MD5:
        mbedtls_md5_free(&h->u.md5);
        break;
    case AWSC__HASH_SHA1:
        mbedtls_sha1_free(&h->u.sha1);
        break;
    case AWSC__HASH_SHA256:
        mbedtls_sha256_free(&h->u.sha256);
        break;
    case AWSC__HASH_SHA512:
        mbedtls_sha512_free(&h->u.sha512);
        break;
    }
    awsc__free(h);
}

/* ---- random bytes ---- */

static pthread_mutex_t g_rng_lock = PTHREAD_MUTEX_INITIALIZER;
static mbedtls_entropy_context g_entropy;
static mbedtls_ctr_drbg_context g_drbg;
static bool g_seeded;
static pid_t g_pid; /* the process that seeded g_drbg */

/* Under g_rng_lock: seeds the generator once, and again in a child after
 * fork (which would otherwise repeat its parent's bytes). */
static bool rng_ready(void)
{
    static const char PERSONAL[] = "awsc";
    pid_t pid = getpid();
    if (g_seeded && g_pid == pid)
        return true;
    if (!g_seeded) {
        mbedtls_entropy_init(&g_entropy);
        mbedtls_ctr_drbg_init(&g_drbg);
        if (mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy,
                                  (const unsigned char *)PERSONAL, sizeof PERSONAL - 1) != 0) {
            mbedtls_ctr_drbg_free(&g_drbg);
            mbedtls_entropy_free(&g_entropy);
            return false;
        }
        g_seeded = true;
    } else if (mbedtls_ctr_drbg_reseed(&g_drbg, (const unsigned char *)&pid, sizeof pid) != 0) {
        return false;
    }
    g_pid = pid;
    return true;
}

bool awsc__random_bytes(void *buf, size_t n)
{
    uint8_t *p = buf;
    pthread_mutex_lock(&g_rng_lock);
    bool ok = rng_ready();
    while (ok && n) {
        size_t step = n > MBEDTLS_CTR_DRBG_MAX_REQUEST ? MBEDTLS_CTR_DRBG_MAX_REQUEST : n;
        ok = mbedtls_ctr_drbg_random(&g_drbg, p, step) == 0;
        p += step;
        n -= step;
    }
    pthread_mutex_unlock(&g_rng_lock);
    return ok;
}

/* f_rng for Mbed TLS's blinding and signatures */
static int rng(void *unused, unsigned char *out, size_t n)
{
    (void)unused;
    return awsc__random_bytes(out, n) ? 0 : MBEDTLS_ERR_CTR_DRBG_ENTROPY_SOURCE_FAILED;
}

/* ---- secrets ---- */

void awsc__secure_zero(void *p, size_t n)
{
    mbedtls_platform_zeroize(p, n);
}

/* ---- ECDSA P-256 ---- */

/*
 * One P-256 group for the process, loaded once with its table of multiples
 * of the generator (Mbed TLS computes it on the first multiplication of G
 * and keeps it in the group; a group loaded per call would compute it on
 * every signature). After p256_load the group is only read, so threads
 * share it.
 */
static pthread_once_t g_p256_once = PTHREAD_ONCE_INIT;
static mbedtls_ecp_group g_p256;
static bool g_p256_ready;

static void p256_load(void)
{
    mbedtls_ecp_group_init(&g_p256);
    mbedtls_mpi one;
    mbedtls_ecp_point q;
    mbedtls_mpi_init(&one);
    mbedtls_ecp_point_init(&q);
    g_p256_ready = mbedtls_ecp_group_load(&g_p256, MBEDTLS_ECP_DP_SECP256R1) == 0 &&
                   mbedtls_mpi_lset(&one, 1) == 0 &&
                   mbedtls_ecp_mul(&g_p256, &q, &one, &g_p256.G, rng, NULL) == 0 &&
                   g_p256.T != NULL;
    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&one);
}

/* The shared group, NULL when it could not be loaded. */
static mbedtls_ecp_group *p256(void)
{
    pthread_once(&g_p256_once, p256_load);
    return g_p256_ready ? &g_p256 : NULL;
}

/* d = priv when it is a valid private key: 1 <= priv < n */
static bool read_priv(const mbedtls_ecp_group *grp, const uint8_t priv[32], mbedtls_mpi *d)
{
    return mbedtls_mpi_read_binary(d, priv, 32) == 0 && mbedtls_ecp_check_privkey(grp, d) == 0;
}

bool awsc__p256_public_key(const uint8_t priv[32], uint8_t pub[65])
{
    mbedtls_ecp_group *grp = p256();
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);
    size_t len = 0;
    bool ok = grp && read_priv(grp, priv, &d) &&
              mbedtls_ecp_mul(grp, &q, &d, &grp->G, rng, NULL) == 0 &&
              mbedtls_ecp_point_write_binary(grp, &q, MBEDTLS_ECP_PF_UNCOMPRESSED, &len, pub,
                                             65) == 0 &&
              len == 65;
    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d); /* zeroes it */
    return ok;
}

/* The DER of an ECDSA signature, SEQUENCE { INTEGER r, INTEGER s }, into
 * der; returns its length, or 0 when it does not fit. Mbed TLS writes
 * ASN.1 backwards, from the end of a buffer. */
static size_t der_signature(const mbedtls_mpi *r, const mbedtls_mpi *s,
                            uint8_t der[AWSC__P256_SIG_MAX])
{
    unsigned char buf[AWSC__P256_SIG_MAX];
    unsigned char *p = buf + sizeof buf;
    int k;
    size_t n = 0;
    if ((k = mbedtls_asn1_write_mpi(&p, buf, s)) < 0)
        return 0;
    n += (size_t)k;
    if ((k = mbedtls_asn1_write_mpi(&p, buf, r)) < 0)
        return 0;
    n += (size_t)k;
    if ((k = mbedtls_asn1_write_len(&p, buf, n)) < 0)
        return 0;
    n += (size_t)k;
    if ((k = mbedtls_asn1_write_tag(&p, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)) <
        0)
        return 0;
    n += (size_t)k;
    memcpy(der, p, n);
    return n;
}

bool awsc__p256_sign(const uint8_t priv[32], const uint8_t digest[32],
                     uint8_t der[AWSC__P256_SIG_MAX], size_t *der_len)
{
    mbedtls_ecp_group *grp = p256();
    mbedtls_mpi d, r, s;
    mbedtls_mpi_init(&d);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);
    bool ok = grp && read_priv(grp, priv, &d);
#if defined(MBEDTLS_ECDSA_DETERMINISTIC)
    /* deterministic (RFC 6979), as Debian's build has it; rng blinds the computation */
    ok = ok && mbedtls_ecdsa_sign_det_ext(grp, &r, &s, &d, digest, 32, MBEDTLS_MD_SHA256, rng,
                                          NULL) == 0;
#else
    ok = ok && mbedtls_ecdsa_sign(grp, &r, &s, &d, digest, 32, rng, NULL) == 0;
#endif
    size_t n = ok ? der_signature(&r, &s, der) : 0;
    ok = n > 0;
    mbedtls_mpi_free(&s);
    mbedtls_mpi_free(&r);
    mbedtls_mpi_free(&d);
    *der_len = n;
    return ok;
}
