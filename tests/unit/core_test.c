/*
 * Unit tests of runtime/core: encodings, checksums, timestamps, arenas,
 * buffers, UUIDs and allocation-failure injection.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core.h"

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)
#define CHECK_STR(a, b)                                                                          \
    do {                                                                                         \
        const char *a_ = (a), *b_ = (b);                                                         \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                 \
            fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)", \
                    b_ ? b_ : "(null)");                                                         \
            failures++;                                                                          \
        }                                                                                        \
    } while (0)

static void test_base64(void)
{
    /* RFC 4648 section 10 */
    static const char *const plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    static const char *const coded[] = {"",         "Zg==",     "Zm8=",    "Zm9v",
                                        "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (size_t i = 0; i < AWSC_ARRAY_LEN(plain); i++) {
        char out[16];
        awsc__base64_encode((const uint8_t *)plain[i], strlen(plain[i]), out);
        CHECK_STR(out, coded[i]);
        uint8_t back[16];
        size_t n = 99;
        CHECK(awsc__base64_decode(coded[i], strlen(coded[i]), back, &n));
        CHECK(n == strlen(plain[i]) && memcmp(back, plain[i], n) == 0);
    }
    uint8_t out[8];
    size_t n;
    CHECK(!awsc__base64_decode("Zm9v!", 5, out, &n));
    CHECK(!awsc__base64_decode("Z", 1, out, &n));
    /* every byte value round trips */
    uint8_t all[256], dec[258];
    for (int i = 0; i < 256; i++)
        all[i] = (uint8_t)i;
    char enc[400];
    awsc__base64_encode(all, 256, enc);
    CHECK(awsc__base64_decode(enc, strlen(enc), dec, &n) && n == 256 && memcmp(all, dec, 256) == 0);
}

static void test_checksums(void)
{
    CHECK(awsc__crc32_update(0, "123456789", 9) == 0xCBF43926u);
    CHECK(awsc__crc32c_update(0, "123456789", 9) == 0xE3069283u);
    /* incremental equals one-shot */
    uint32_t c = awsc__crc32_update(0, "1234", 4);
    CHECK(awsc__crc32_update(c, "56789", 5) == 0xCBF43926u);
    c = awsc__crc32c_update(0, "1234", 4);
    CHECK(awsc__crc32c_update(c, "56789", 5) == 0xE3069283u);
    /* CRC-64/NVME: the check value of the CRC catalogue (reveng) */
    CHECK(awsc__crc64nvme_update(0, "123456789", 9) == 0xAE8B14860A799888ull);
    /* the eight-byte loop and the byte loop agree, whatever the split */
    static const char text[] = "The quick brown fox jumps over the lazy dog, 0123456789";
    uint64_t whole = awsc__crc64nvme_update(0, text, sizeof text - 1);
    for (size_t k = 0; k < sizeof text - 1; k++) {
        uint64_t part = awsc__crc64nvme_update(0, text, k);
        CHECK(awsc__crc64nvme_update(part, text + k, sizeof text - 1 - k) == whole);
    }
    CHECK(awsc__crc64nvme_update(0, "", 0) == 0);
    uint8_t d[32];
    char hex[65];
    awsc__sha256("abc", 3, d);
    awsc__hex_encode(d, 32, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    uint8_t m[16];
    CHECK(awsc__hash(AWSC__HASH_MD5, "", 0, m));
    awsc__hex_encode(m, 16, hex);
    CHECK_STR(hex, "d41d8cd98f00b204e9800998ecf8427e");
}

static void test_timestamps(void)
{
    struct awsc_timestamp t;
    char out[40];
    CHECK(awsc__ts_parse("2000-01-02T20:34:56Z", &t) && t.sec == 946845296 && t.nsec == 0);
    CHECK(awsc__ts_parse("2000-01-02T20:34:56.123Z", &t) && t.sec == 946845296 &&
          t.nsec == 123000000);
    CHECK(awsc__ts_parse("2019-12-16T22:48:18-01:00", &t) && t.sec == 1576540098);
    CHECK(awsc__ts_parse("2019-12-17T00:48:18+01:00", &t) && t.sec == 1576540098);
    CHECK(awsc__ts_parse("Sun, 02 Jan 2000 20:34:56 GMT", &t) && t.sec == 946845296);
    CHECK(awsc__ts_parse("946845296", &t) && t.sec == 946845296 && t.nsec == 0);
    CHECK(awsc__ts_parse("946845296.5", &t) && t.sec == 946845296 && t.nsec == 500000000);
    CHECK(awsc__ts_parse("1969-12-31T23:59:59Z", &t) && t.sec == -1);
    CHECK(awsc__ts_parse("9999-12-31T23:59:59Z", &t) && t.sec == 253402300799);
    CHECK(!awsc__ts_parse("2000-13-02T20:34:56Z", &t));
    CHECK(!awsc__ts_parse("yesterday", &t));
    CHECK(!awsc__ts_parse("2000-01-02T20:34:56Zjunk", &t));
    CHECK(!awsc__ts_parse("", &t));

    t = (struct awsc_timestamp){946845296, 0};
    awsc__ts_format_iso8601(t, out);
    CHECK_STR(out, "2000-01-02T20:34:56Z");
    awsc__ts_format_rfc822(t, out);
    CHECK_STR(out, "Sun, 02 Jan 2000 20:34:56 GMT");
    awsc__ts_format_epoch(t, out);
    CHECK_STR(out, "946845296");
    awsc__ts_format_amz_date(t, out);
    CHECK_STR(out, "20000102T203456Z");
    t.nsec = 123000000;
    awsc__ts_format_iso8601(t, out);
    CHECK_STR(out, "2000-01-02T20:34:56.123Z");
    awsc__ts_format_epoch(t, out);
    CHECK_STR(out, "946845296.123");
    t = (struct awsc_timestamp){-2, 500000000};
    awsc__ts_format_epoch(t, out);
    CHECK_STR(out, "-1.500");
    t = (struct awsc_timestamp){-1, 250000000};
    awsc__ts_format_epoch(t, out);
    CHECK_STR(out, "-0.750");
    t = (struct awsc_timestamp){-1, 0};
    awsc__ts_format_iso8601(t, out);
    CHECK_STR(out, "1969-12-31T23:59:59Z");
    t = (struct awsc_timestamp){-86400, 0};
    awsc__ts_format_iso8601(t, out);
    CHECK_STR(out, "1969-12-31T00:00:00Z");
    /* a server's absurd epoch: parsed exactly, formatted without overflow
     * (UBSan watches), and one past 64 bits refused */
    CHECK(awsc__ts_parse("-9223372036854775808", &t) && t.sec == INT64_MIN);
    awsc__ts_format_iso8601(t, out);
    awsc__ts_format_rfc822(t, out);
    CHECK(out[0] != '\0');
    t = (struct awsc_timestamp){INT64_MAX, 0};
    awsc__ts_format_iso8601(t, out);
    CHECK(!awsc__ts_parse("-9223372036854775809", &t));
    CHECK(!awsc__ts_parse("92233720368547758070", &t));
    /* every day of 400 years round trips through the civil conversion */
    for (int64_t day = -73000; day < 73000; day += 7) {
        int64_t y;
        unsigned mo, d;
        awsc__civil_from_days(day, &y, &mo, &d);
        CHECK(awsc__days_from_civil(y, mo, d) == day);
    }
}

static void test_arena_and_buf(void)
{
    struct awsc_arena *a = awsc__arena_new();
    CHECK(a != NULL);
    char *s = awsc__arena_strdup(a, "hello");
    CHECK_STR(s, "hello");
    /* big and small blocks mix */
    for (int i = 0; i < 1000; i++) {
        unsigned char *p = awsc__arena_alloc(a, (size_t)(i % 7 == 0 ? 100000 : 24));
        /* aligned for any object, as malloc's memory is */
        CHECK(p != NULL && ((uintptr_t)p % _Alignof(max_align_t)) == 0 && p[0] == 0);
    }
    CHECK_STR(awsc__arena_printf(a, "%d-%s", 42, "x"), "42-x");
    CHECK_STR(s, "hello");
    awsc__arena_destroy(a);

    struct awsc_buf b = AWSC_BUF_INIT;
    for (int i = 0; i < 10000; i++)
        awsc__buf_printf(&b, "%d,", i);
    CHECK(!b.failed && b.len > 40000 && strncmp(b.data, "0,1,2,", 6) == 0);
    awsc__buf_reset(&b);
    awsc__buf_uri_encode(&b, "a b/c~é", strlen("a b/c~é"), false);
    CHECK_STR(b.data, "a%20b%2Fc~%C3%A9");
    awsc__buf_reset(&b);
    awsc__buf_uri_encode(&b, "a b/c", 5, true);
    CHECK_STR(b.data, "a%20b/c");
    awsc__buf_clean_up(&b);

    /* outputs find their arena, and their metadata */
    a = awsc__arena_new();
    int *out = awsc__output_new(a, sizeof(int) * 4);
    CHECK(out != NULL && ((uintptr_t)out % _Alignof(max_align_t)) == 0);
    awsc__output_set_meta(out, 200, "req-1");
    CHECK_STR(awsc_output_request_id(out), "req-1");
    CHECK(awsc_output_http_status(out) == 200);
    awsc_output_free(out); /* frees the arena */
    awsc_output_free(NULL);
}

/* awsc_output_retain(): each reference needs its awsc_output_free(), the
 * last one frees the arena (counted through the allocator hooks), also
 * when threads retain and free at once. */
static atomic_long frees;
static void *counting_malloc(void *ctx, size_t n)
{
    (void)ctx;
    return malloc(n);
}
static void *counting_realloc(void *ctx, void *p, size_t n)
{
    (void)ctx;
    return realloc(p, n);
}
static void counting_free(void *ctx, void *p)
{
    (void)ctx;
    if (p)
        atomic_fetch_add(&frees, 1);
    free(p);
}

static void *retain_and_free(void *out)
{
    for (int i = 0; i < 20000; i++) {
        if (awsc_output_retain(out) != out)
            return NULL;
        awsc_output_free(out);
    }
    return out;
}

static void test_output_retain(void)
{
    const struct awsc_allocator counting = {counting_malloc, counting_realloc, counting_free, NULL};
    awsc_set_allocator(&counting);
    struct awsc_arena *a = awsc__arena_new();
    char *out = awsc__output_new(a, 64);
    CHECK(out != NULL);
    if (!out) {
        awsc_set_allocator(NULL);
        return;
    }
    strcpy(out, "kept");
    CHECK(awsc_output_retain(out) == out);
    CHECK(awsc_output_retain(out) == out);
    long before = atomic_load(&frees);
    awsc_output_free(out);
    awsc_output_free(out);
    CHECK(atomic_load(&frees) == before); /* one reference left */
    CHECK_STR(out, "kept");

    pthread_t t[4];
    int started = 0;
    for (int i = 0; i < 4; i++)
        started += pthread_create(&t[i], NULL, retain_and_free, out) == 0;
    CHECK(started == 4);
    for (int i = 0; i < 4; i++) {
        void *r = NULL;
        if (i < started)
            pthread_join(t[i], &r);
        CHECK(i >= started || r == out);
    }
    CHECK(atomic_load(&frees) == before);
    CHECK_STR(out, "kept");
    CHECK(awsc_output_http_status(out) == 0);
    awsc_output_free(out); /* the last reference: the arena goes */
    CHECK(atomic_load(&frees) > before);
    CHECK(awsc_output_retain(NULL) == NULL);
    awsc_set_allocator(NULL);
}

static void test_utf8_uuid(void)
{
    CHECK(awsc__utf8_valid("plain", 5));
    CHECK(awsc__utf8_valid("\xc3\xa9\xf0\x9f\x98\x80", 6));
    CHECK(!awsc__utf8_valid("\xc3", 1));         /* truncated */
    CHECK(!awsc__utf8_valid("\xc0\xaf", 2));     /* overlong */
    CHECK(!awsc__utf8_valid("\xed\xa0\x80", 3)); /* surrogate */
    CHECK(!awsc__utf8_valid("\xff", 1));
    char u1[37], u2[37];
    awsc__uuid4(u1);
    awsc__uuid4(u2);
    CHECK(strlen(u1) == 36 && u1[8] == '-' && u1[14] == '4' && strcmp(u1, u2) != 0);
    CHECK(strchr("89ab", u1[19]) != NULL);

    /* across refills of the pool they come from: all distinct, all well formed */
    enum { N = 100 };
    static char many[N][37];
    bool distinct = true, formed = true;
    for (int i = 0; i < N; i++) {
        awsc__uuid4(many[i]);
        formed = formed && strlen(many[i]) == 36 && many[i][8] == '-' && many[i][13] == '-' &&
                 many[i][18] == '-' && many[i][23] == '-' && many[i][14] == '4' &&
                 strchr("89ab", many[i][19]) != NULL;
        for (int j = 0; j < i; j++)
            distinct = distinct && strcmp(many[i], many[j]) != 0;
    }
    CHECK(distinct && formed);

    /* a child process does not hand out the UUIDs its parent would draw next */
    int fds[2];
    CHECK(pipe(fds) == 0);
    awsc__uuid4(u1); /* the pool has bytes left for the next ones */
    pid_t pid = fork();
    if (pid == 0) {
        char c[37];
        awsc__uuid4(c);
        ssize_t w = write(fds[1], c, 36);
        _exit(w == 36 ? 0 : 1);
    }
    char child[37] = {0};
    CHECK(pid > 0 && read(fds[0], child, 36) == 36);
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    awsc__uuid4(u2);
    CHECK(strlen(child) == 36 && strcmp(child, u2) != 0);
    close(fds[0]);
    close(fds[1]);
}

static void test_alloc_failure(void)
{
    /* every allocation of building a buffer can fail without a crash */
    for (long n = 1; n < 50; n++) {
        awsc__alloc_fail_at(n);
        struct awsc_buf b = AWSC_BUF_INIT;
        for (int i = 0; i < 200; i++)
            awsc__buf_puts(&b, "0123456789");
        char *s = awsc__buf_steal(&b);
        struct awsc_arena *a = awsc__arena_new();
        if (a) {
            for (int i = 0; i < 100; i++)
                awsc__arena_alloc(a, 1000);
        }
        awsc__arena_destroy(a);
        awsc__free(s);
        awsc__alloc_fail_at(0);
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK(awsc__fail(&err, AWSC_E_VALIDATION, "bad %s", "thing") == AWSC_E_VALIDATION);
    CHECK_STR(err.message, "bad thing");
    awsc__alloc_fail_at(1);
    CHECK(awsc__fail(&err, AWSC_E_IO, "x") == AWSC_E_IO);
    awsc__alloc_fail_at(0);
    CHECK(err.message != NULL); /* falls back to the status text */
    awsc_error_clean_up(&err);
    CHECK_STR(awsc_status_name(AWSC_E_TIMEOUT), "AWSC_E_TIMEOUT");
}

int main(void)
{
    test_base64();
    test_checksums();
    test_timestamps();
    test_arena_and_buf();
    test_output_retain();
    test_utf8_uuid();
    test_alloc_failure();
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
