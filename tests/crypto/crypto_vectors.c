/*
 * Runs runtime/crypto's functions on what stdin asks, one request a line,
 * and prints each answer on a line, for crypto_test.py to check against
 * Python's hashlib and hmac and against the cryptography package:
 *
 *   backend                  -> the backend's name
 * (each HEX "-" when empty)
 *   hash ALG CHUNK HEX       -> one-shot digest, then the digest streamed in
 *                               CHUNK-byte updates (ALG: md5 sha1 sha256 sha512)
 *   hmac KEYHEX HEX          -> HMAC-SHA256
 *   p256 PRIVHEX DIGESTHEX   -> public key and DER signature, or "refused"
 *   random N                 -> N random bytes
 *   fork                     -> 16 random bytes drawn in a child after fork,
 *                               and 16 drawn in the parent
 *   wipe                     -> "ok" when awsc__secure_zero zeroed a buffer
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core.h"

/* hex, or "-" for nothing */
static uint8_t *unhex(const char *s, size_t *n)
{
    size_t len = strcmp(s, "-") == 0 ? 0 : strlen(s) / 2;
    uint8_t *out = malloc(len ? len : 1);
    if (!out)
        exit(2);
    for (size_t i = 0; i < len; i++)
        out[i] = (uint8_t)(awsc__hex_value(s[2 * i]) << 4 | awsc__hex_value(s[2 * i + 1]));
    *n = len;
    return out;
}

static void put_hex(const uint8_t *p, size_t n)
{
    char *hex = malloc(2 * n + 1);
    if (!hex)
        exit(2);
    awsc__hex_encode(p, n, hex);
    fputs(hex, stdout);
    free(hex);
}

static int alg_named(const char *name)
{
    static const char *const NAMES[] = {"md5", "sha1", "sha256", "sha512"};
    static const enum awsc__hash_alg ALGS[] = {AWSC__HASH_MD5, AWSC__HASH_SHA1, AWSC__HASH_SHA256,
                                               AWSC__HASH_SHA512};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(NAMES); i++)
        if (strcmp(name, NAMES[i]) == 0)
            return (int)ALGS[i];
    return -1;
}

static void do_hash(char *args)
{
    char *name = strtok(args, " "), *chunk_s = strtok(NULL, " "), *hex = strtok(NULL, " ");
    int alg = name ? alg_named(name) : -1;
    if (alg < 0 || !chunk_s) {
        puts("bad request");
        return;
    }
    size_t n, chunk = strtoul(chunk_s, NULL, 10);
    uint8_t *data = unhex(hex ? hex : "", &n);
    uint8_t out[AWSC__HASH_MAX];
    size_t size = awsc__hash_size((enum awsc__hash_alg)alg);
    if (!awsc__hash((enum awsc__hash_alg)alg, data, n, out))
        fputs("failed", stdout);
    else
        put_hex(out, size);
    putchar(' ');
    struct awsc__hash_ctx *h = awsc__hash_new((enum awsc__hash_alg)alg);
    if (!h) {
        fputs("failed", stdout);
    } else {
        for (size_t off = 0; off < n; off += chunk ? chunk : n)
            awsc__hash_update(h, data + off, chunk && n - off > chunk ? chunk : n - off);
        size_t got = awsc__hash_final(h, out);
        if (got != size)
            printf("failed(%zu)", got);
        else
            put_hex(out, size);
        awsc__hash_free(h);
    }
    putchar('\n');
    free(data);
}

static void do_hmac(char *args)
{
    char *key_hex = strtok(args, " "), *hex = strtok(NULL, " ");
    size_t kn, n;
    uint8_t *key = unhex(key_hex ? key_hex : "", &kn), *data = unhex(hex ? hex : "", &n), out[32];
    if (awsc__hmac_sha256(key, kn, data, n, out))
        put_hex(out, 32);
    else
        fputs("failed", stdout);
    putchar('\n');
    free(key);
    free(data);
}

static void do_p256(char *args)
{
    char *priv_hex = strtok(args, " "), *digest_hex = strtok(NULL, " ");
    size_t pn, dn;
    uint8_t *priv = unhex(priv_hex ? priv_hex : "", &pn);
    uint8_t *digest = unhex(digest_hex ? digest_hex : "", &dn);
    uint8_t pub[65], der[AWSC__P256_SIG_MAX];
    size_t der_len = 0;
    if (pn != 32 || dn != 32) {
        puts("bad request");
    } else if (!awsc__p256_public_key(priv, pub)) {
        /* signing with a refused key must fail too */
        puts(awsc__p256_sign(priv, digest, der, &der_len) ? "signed with a refused key"
                                                          : "refused");
    } else if (!awsc__p256_sign(priv, digest, der, &der_len)) {
        puts("sign failed");
    } else {
        put_hex(pub, 65);
        putchar(' ');
        put_hex(der, der_len);
        putchar('\n');
    }
    free(priv);
    free(digest);
}

static void do_random(char *args)
{
    size_t n = strtoul(args, NULL, 10);
    uint8_t *buf = malloc(n ? n : 1);
    if (!buf)
        exit(2);
    if (awsc__random_bytes(buf, n))
        put_hex(buf, n);
    else
        fputs("failed", stdout);
    putchar('\n');
    free(buf);
}

static void do_fork(void)
{
    uint8_t before[16], child[16], parent[16];
    int fds[2];
    fflush(stdout);
    if (!awsc__random_bytes(before, sizeof before) || pipe(fds) != 0) {
        puts("failed");
        return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        bool ok = awsc__random_bytes(child, sizeof child);
        ssize_t w = ok ? write(fds[1], child, sizeof child) : 0;
        _exit(w == (ssize_t)sizeof child ? 0 : 1);
    }
    close(fds[1]);
    bool ok = pid > 0 && read(fds[0], child, sizeof child) == (ssize_t)sizeof child;
    int st = 0;
    if (pid > 0)
        waitpid(pid, &st, 0);
    close(fds[0]);
    if (!ok || !awsc__random_bytes(parent, sizeof parent)) {
        puts("failed");
        return;
    }
    put_hex(child, sizeof child);
    putchar(' ');
    put_hex(parent, sizeof parent);
    putchar('\n');
}

static void do_wipe(void)
{
    uint8_t *p = malloc(64);
    if (!p)
        exit(2);
    memset(p, 0xA5, 64);
    awsc__secure_zero(p, 64);
    bool zero = true;
    for (int i = 0; i < 64; i++)
        zero = zero && p[i] == 0;
    puts(zero ? "ok" : "not wiped");
    free(p);
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = 0;
        char *args = strchr(line, ' ');
        if (args)
            *args++ = 0;
        else
            args = line + strlen(line);
        if (strcmp(line, "backend") == 0)
            puts(awsc__crypto_backend());
        else if (strcmp(line, "hash") == 0)
            do_hash(args);
        else if (strcmp(line, "hmac") == 0)
            do_hmac(args);
        else if (strcmp(line, "p256") == 0)
            do_p256(args);
        else if (strcmp(line, "random") == 0)
            do_random(args);
        else if (strcmp(line, "fork") == 0)
            do_fork();
        else if (strcmp(line, "wipe") == 0)
            do_wipe();
        else
            puts("bad request");
        fflush(stdout);
    }
    free(line);
    return 0;
}
