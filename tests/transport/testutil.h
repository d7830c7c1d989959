/*
 * tests/transport/testutil.h - checks, a response collector and the test
 * HTTP server (http_server.py) run as a child process.
 */
#ifndef AWSC_TRANSPORT_TESTUTIL_H
#define AWSC_TRANSPORT_TESTUTIL_H

#include <awsc/transport.h>

#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int test_failures;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            test_failures++;                                                         \
        }                                                                            \
    } while (0)

#define CHECK_STR(a, b)                                                                       \
    do {                                                                                      \
        const char *a_ = (a), *b_ = (b);                                                      \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                              \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, \
                    a_ ? a_ : "(null)", b_ ? b_ : "(null)");                                  \
            test_failures++;                                                                  \
        }                                                                                     \
    } while (0)

#define CHECK_INT(a, b)                                                                            \
    do {                                                                                           \
        long long a_ = (long long)(a), b_ = (long long)(b);                                        \
        if (a_ != b_) {                                                                            \
            fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, #a, a_, b_); \
            test_failures++;                                                                       \
        }                                                                                          \
    } while (0)

/* Stop at once: later checks make no sense after this one. */
#define REQUIRE(cond)                                                            \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "%s:%d: required: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                             \
        }                                                                        \
    } while (0)

/* Everything one request did, as its handler saw it. */
struct resp {
    int http_status;
    int header_calls;
    struct awsc_buf headers; /* "name: value\n" lines */
    struct awsc_buf body;
    int body_calls;
    int done_calls;
    int done_status;
    char *message; /* on_done's message, copied; NULL when none */
    bool done;
    bool body_before_headers;
    int64_t done_ms;
    /* behaviour */
    int stop_in_headers;      /* return this from on_headers */
    int stop_in_body;         /* return this from on_body */
    struct awsc_transport *t; /* set to cancel ... */
    void *cancel_in_headers;  /* ... this handle from on_headers */
    void *cancel_in_body;     /* ... this handle from on_body */
    void (*after_done)(struct resp *r);
    void *ud;
};

void resp_init(struct resp *r);
void resp_clean_up(struct resp *r);
struct awsc_http_handler resp_handler(struct resp *r);
/* The value of a received header, or NULL (first match, case-insensitive). */
const char *resp_header(const struct resp *r, const char *name);
/* Submit a request with the collector; returns the handle. */
void *submit_simple(struct awsc_transport *t, const char *method, const char *url,
                    const struct awsc_http_header *headers, size_t header_count, const char *body,
                    struct resp *r);

/* true while a test is inside awsc_transport_submit: on_done must never see
 * it set. */
extern bool in_submit;

/* The test server: argv[1] is the Python, argv[2] the script. Returns the
 * port. The server ends with the test (atexit, or its stdin closing). */
int server_start(int argc, char **argv);
void server_stop(void);
/* "http://127.0.0.1:PORT" + path, in a static ring of 256 buffers */
const char *server_url(const char *path);

/* The server's TLS port (self-signed certificate), or 0 when it has none. */
int server_tls_port(void);

/* Byte i of the test server's /big body. */
uint8_t big_byte(size_t i);

/* A port on 127.0.0.1 that nothing listens on. */
int closed_port(void);

#endif
