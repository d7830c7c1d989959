/*
 * The crypto backend this program was linked with (runtime/crypto), timed:
 * hash and HMAC-SHA256 throughput, ECDSA P-256 signatures per second
 * (SigV4a's), and what a request's signature costs (SigV4 with the
 * signer's cached key and with the key derived anew, SigV4a). bench_crypto.py runs it once per backend the build found and
 * prints the figures side by side, beside botocore's SigV4Auth.
 *
 * Prints "metric<TAB>value<TAB>unit" lines; the first is the backend.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth/auth.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define MIN_SECONDS 0.4

static volatile uint8_t sink;

/* MB/s of a one-shot hash over 1 MiB buffers */
static double hash_mbps(enum awsc__hash_alg alg, const uint8_t *buf, size_t n)
{
    uint8_t out[AWSC__HASH_MAX];
    long iters = 0;
    double t0 = now_s(), t;
    do {
        awsc__hash(alg, buf, n, out);
        sink ^= out[0];
        iters++;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    return (double)iters * (double)n / t / 1e6;
}

static double hmac_mbps(const uint8_t *buf, size_t n)
{
    static const uint8_t key[32] = {1, 2, 3};
    uint8_t out[32];
    long iters = 0;
    double t0 = now_s(), t;
    do {
        awsc__hmac_sha256(key, sizeof key, buf, n, out);
        sink ^= out[0];
        iters++;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    return (double)iters * (double)n / t / 1e6;
}

/* ns per call on small messages */
static double sha256_small_ns(const uint8_t *buf, size_t n)
{
    uint8_t out[32];
    long iters = 0;
    double t0 = now_s(), t;
    do {
        for (int i = 0; i < 1000; i++) {
            awsc__sha256(buf, n, out);
            sink ^= out[0];
        }
        iters += 1000;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    return t / (double)iters * 1e9;
}

static double hmac_small_ns(const uint8_t *buf, size_t n)
{
    static const uint8_t key[32] = {1, 2, 3};
    uint8_t out[32];
    long iters = 0;
    double t0 = now_s(), t;
    do {
        for (int i = 0; i < 1000; i++) {
            awsc__hmac_sha256(key, sizeof key, buf, n, out);
            sink ^= out[0];
        }
        iters += 1000;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    return t / (double)iters * 1e9;
}

/* ECDSA P-256 signatures (DER) of a SHA-256 digest per second, under one
 * private scalar as SigV4a signs with its derived key */
static double p256_sign_per_s(void)
{
    uint8_t priv[32], pub[65], digest[32], der[AWSC__P256_SIG_MAX];
    size_t len = 0;
    do {
        if (!awsc__random_bytes(priv, sizeof priv))
            exit(2);
        priv[0] &= 0x7f; /* below the group order */
    } while (!awsc__p256_public_key(priv, pub));
    if (!awsc__random_bytes(digest, sizeof digest))
        exit(2);
    long iters = 0;
    double t0 = now_s(), t;
    do {
        if (!awsc__p256_sign(priv, digest, der, &len))
            exit(1);
        sink ^= der[len - 1];
        digest[0]++;
        iters++;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    awsc__secure_zero(priv, sizeof priv);
    return (double)iters / t;
}

/* A DynamoDB GetItem as the client signs it: the body's SHA-256, then the
 * signature. The same request as bench_crypto.py's botocore one. */
static const char BODY[] = "{\"TableName\": \"music\", \"Key\": {\"pk\": {\"S\": \"item42\"}, "
                           "\"sk\": {\"S\": \"2026-12-05T06:00:00Z\"}}, \"ConsistentRead\": true}";
static const struct awsc_credentials CREDS = {"AKIDEXAMPLE",
                                              "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL};

/* µs per signed request; fresh_signer: the key derived every time (a new
 * signer, so an empty key cache); sigv4a: SigV4a */
static double sign_us(bool fresh_signer, bool sigv4a)
{
    struct awsc_http_header headers[] = {
        {"Content-Type", "application/x-amz-json-1.0"},
        {"X-Amz-Target", "DynamoDB_20120810.GetItem"},
        {"Content-Length", "120"},
        {"User-Agent", "awsc/0.1.0"},
    };
    struct awsc__sign_request req = {
        .method = "POST",
        .host = "dynamodb.us-east-1.amazonaws.com",
        .path = "/",
        .headers = headers,
        .header_count = AWSC_ARRAY_LEN(headers),
        .credentials = &CREDS,
        .region = sigv4a ? "*" : "us-east-1",
        .service = "dynamodb",
        .time = {1764921600, 0},
        .normalize_path = true,
        .uri_encode_path = true,
        .sigv4a = sigv4a,
    };
    struct awsc__signer *s = NULL;
    struct awsc__sign_result out = AWSC__SIGN_RESULT_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__signer_new(NULL, &s) != AWSC_OK)
        exit(2);
    long iters = 0;
    double t0 = now_s(), t;
    do {
        uint8_t digest[32];
        char hex[65];
        awsc__sha256(BODY, sizeof BODY - 1, digest);
        awsc__hex_encode(digest, 32, hex);
        req.payload_hash = hex;
        if (fresh_signer) {
            awsc__signer_destroy(s);
            if (awsc__signer_new(NULL, &s) != AWSC_OK)
                exit(2);
        }
        if (awsc__sigv4_sign(s, &req, &out, &err) != AWSC_OK) {
            fprintf(stderr, "signing failed: %s\n", err.message);
            exit(1);
        }
        iters++;
    } while ((t = now_s() - t0) < MIN_SECONDS);
    awsc__sign_result_clean_up(&out);
    awsc__signer_destroy(s);
    return t / (double)iters * 1e6;
}

int main(void)
{
    size_t n = 1 << 20;
    uint8_t *buf = malloc(n);
    if (!buf || !awsc__random_bytes(buf, n))
        return 2;
    printf("backend\t%s\t\n", awsc__crypto_backend());
    printf("SHA-256, 1 MiB buffers\t%.0f\tMB/s\n", hash_mbps(AWSC__HASH_SHA256, buf, n));
    printf("SHA-256, 64-byte messages\t%.0f\tns\n", sha256_small_ns(buf, 64));
    printf("HMAC-SHA256, 1 MiB buffers\t%.0f\tMB/s\n", hmac_mbps(buf, n));
    printf("HMAC-SHA256, 64-byte messages\t%.0f\tns\n", hmac_small_ns(buf, 64));
    printf("SHA-1, 1 MiB buffers\t%.0f\tMB/s\n", hash_mbps(AWSC__HASH_SHA1, buf, n));
    printf("SHA-512, 1 MiB buffers\t%.0f\tMB/s\n", hash_mbps(AWSC__HASH_SHA512, buf, n));
    printf("MD5, 1 MiB buffers\t%.0f\tMB/s\n", hash_mbps(AWSC__HASH_MD5, buf, n));
    printf("ECDSA P-256 signatures\t%.0f\tsign/s\n", p256_sign_per_s());
    printf("SigV4 signing, cached key\t%.2f\tus\n", sign_us(false, false));
    printf("SigV4 signing, key derived\t%.2f\tus\n", sign_us(true, false));
    printf("SigV4a signing\t%.1f\tus\n", sign_us(false, true));
    free(buf);
    return 0;
}
