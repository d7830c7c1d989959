/*
 * awsc/common.h - status codes, value types and the error struct shared by
 * every part of awsc.
 *
 * Conventions used throughout the library:
 *
 *  - Functions return an int status by value: AWSC_OK (0) or a negative
 *    AWSC_E_* code. Detail goes into a caller-owned struct awsc_error.
 *    There is no thread-local "last error".
 *  - Presence in generated structs: strings, blobs, documents, nested
 *    structures, lists and maps are absent when their pointer is NULL.
 *    Optional scalars (booleans, numbers, timestamps) carry a `has_<name>`
 *    flag beside them. An empty blob, list or map that must be sent as
 *    present points its data/items/entries at any non-NULL address with a
 *    length or count of 0.
 *  - Null items: only the lists and maps the model calls sparse have them.
 *    A null string item is NULL; a sparse list of other items has a
 *    `bool *is_null` beside items and count (is_null[i] true: items[i] is
 *    null; is_null left NULL: none is), a sparse map's entry a `bool
 *    is_null` beside its value. Outputs say so the same way.
 *  - Strings are NUL-terminated UTF-8.
 *  - Inputs are borrowed only until the call that takes them returns.
 *  - Outputs and everything they point to live in one arena owned by the
 *    output; awsc_output_free() releases all of it (awsc_output_retain()
 *    keeps it for another owner; see <awsc/client.h>).
 *  - When a function which takes a callback returns an error, the callback
 *    will never be called. When it returns AWSC_OK, the callback is called
 *    exactly once, and never from inside the submitting call.
 */
#ifndef AWSC_COMMON_H
#define AWSC_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <awsc/build_config.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(AWSC_BUILDING) && defined(__GNUC__)
#define AWSC_API __attribute__((visibility("default")))
#else
#define AWSC_API
#endif
/* The library's own objects where its generated code declares them (the
 * services' tables): hidden, so that code reaches them relative to where it
 * runs, with no GOT entry for the dynamic loader to write. */
#ifdef __GNUC__
#define AWSC__HIDDEN __attribute__((visibility("hidden")))
#else
#define AWSC__HIDDEN
#endif

#define AWSC_VERSION_MAJOR  0
#define AWSC_VERSION_MINOR  1
#define AWSC_VERSION_PATCH  0
#define AWSC_VERSION_STRING "0.1.0"

/* Status codes. Keep in step with the table in runtime/core/status.c. */
enum awsc_status {
    AWSC_OK = 0,
    AWSC_E_NOMEM = -1,        /* an allocation failed */
    AWSC_E_INVALID_ARG = -2,  /* a NULL or otherwise unusable argument */
    AWSC_E_VALIDATION = -3,   /* the input breaks the model; nothing sent */
    AWSC_E_SERVICE = -4,      /* the service answered with an error */
    AWSC_E_TRANSPORT = -5,    /* connection refused, reset, DNS, TLS */
    AWSC_E_TIMEOUT = -6,      /* connect or read timeout */
    AWSC_E_PARSE = -7,        /* the response could not be parsed */
    AWSC_E_CREDENTIALS = -8,  /* no usable credentials */
    AWSC_E_CONFIG = -9,       /* bad or missing configuration */
    AWSC_E_ENDPOINT = -10,    /* no endpoint could be resolved */
    AWSC_E_CHECKSUM = -11,    /* a response checksum did not match */
    AWSC_E_CANCELLED = -12,   /* the call was cancelled */
    AWSC_E_IO = -13,          /* reading or writing a local file failed */
    AWSC_E_UNSUPPORTED = -14, /* a feature the model needs is not built */
    AWSC_E_NOT_FOUND = -15,   /* a named thing (operation, profile) is unknown */
    AWSC_E_BUSY = -16,        /* the object is in use (e.g. a sync call on a loop) */
    AWSC_E_INTERNAL = -17,    /* a bug in awsc; please report it */
    AWSC_E_PAGINATION = -18,  /* the service repeated a pagination token */
    AWSC_E_WAIT_FAILED = -19, /* a waiter reached a failure state */
    AWSC_E_WAIT_TIMEOUT = -20 /* a waiter ran out of attempts or time */
};

/* A timeout (connect_timeout_ms, read_timeout_ms) that never expires. */
#define AWSC_TIMEOUT_NONE (-1L)

/* "AWSC_E_NOMEM" etc. */
AWSC_API const char *awsc_status_name(int status);
/* A one-line English description of a status code. */
AWSC_API const char *awsc_strerror(int status);

/* Allocator hooks. NULL anywhere one is accepted means malloc/realloc/free.
 * Set once, before any other call, with awsc_set_allocator(); the hooks
 * are then called from every thread that uses the library, so they must
 * be thread-safe. */
struct awsc_allocator {
    void *(*malloc_fn)(void *ctx, size_t size);
    void *(*realloc_fn)(void *ctx, void *ptr, size_t size);
    void (*free_fn)(void *ctx, void *ptr);
    void *ctx;
};
AWSC_API void awsc_set_allocator(const struct awsc_allocator *allocator);

/* A borrowed or arena-owned byte string. Absent when data is NULL. */
struct awsc_blob {
    const uint8_t *data;
    size_t len;
};

/*
 * A streaming body: S3 object data, Glacier archives, Lambda's InvokeAsync
 * arguments and the like. It starts like struct awsc_blob.
 *
 * As input, set exactly one source: data/len in memory, a file path, or a
 * read callback with the body's length. read returns the number of bytes
 * put in buf, 0 at the end, or (size_t)-1 to abort the upload.
 *
 * As output, where the body goes is chosen before the call, with the
 * awsc_sink member that the operation's input struct has for it: by
 * default the body is read into memory (data/len, in the output's arena);
 * with sink.path it is written to that file (path is then set here, and
 * data is NULL); with sink.write each chunk is handed to the callback. A
 * file is written beside its final name and renamed only once the whole
 * body has arrived: a failed or cut-off download never leaves a file that
 * looks complete.
 */
struct awsc_stream {
    const uint8_t *data;
    size_t len;
    const char *path;
    size_t (*read)(void *read_ud, uint8_t *buf, size_t cap);
    void *read_ud;
    int64_t length; /* bytes the read callback will deliver */
};

/* Where a streamed response body goes (see struct awsc_stream). Leave it
 * zeroed to receive the body in memory. write returns 0 to go on, non-zero
 * to abort the download (the call then fails with AWSC_E_CANCELLED).
 *
 * A file (path) is written as "PATH.awsc-XXXXXX" beside it, created with
 * the mode a new file gets (0666 less the umask) or the mode of the file
 * it will replace, and renamed to PATH when complete. The rename alone
 * keeps a download that a crash or a kill cuts off from looking complete;
 * fsync also flushes the file to the disk before the rename, so that it
 * survives a power cut too, at the cost of waiting for the disk (about
 * half the time of a 1 GiB download on a fast machine). It is off by
 * default, as it is in curl -o, boto3 and the AWS CLI. */
struct awsc_sink {
    const char *path;
    int (*write)(void *write_ud, const uint8_t *data, size_t len);
    void *write_ud;
    bool fsync; /* a file: flushed to the disk before the rename */
};

/* Removes the temporary files of the downloads to files in progress, in
 * every thread. Meant for a signal handler (it calls nothing but unlink):
 * a program that ends on SIGINT or SIGTERM would otherwise leave them
 * behind. The downloads themselves then fail; call it only on the way
 * out. */
AWSC_API void awsc_remove_partial_downloads(void);

/* A point in time: seconds since 1970-01-01T00:00:00Z plus nanoseconds
 * (0 <= nsec < 1e9). */
struct awsc_timestamp {
    int64_t sec;
    int32_t nsec;
};

/* A JSON-like document value (Smithy "document" shapes). */
enum awsc_document_type {
    AWSC_DOC_NULL = 0,
    AWSC_DOC_BOOL,
    AWSC_DOC_NUMBER,
    AWSC_DOC_STRING,
    AWSC_DOC_ARRAY,
    AWSC_DOC_OBJECT
};
struct awsc_document_entry;
struct awsc_document {
    enum awsc_document_type type;
    bool boolean;
    double number;                       /* AWSC_DOC_NUMBER: the value */
    const char *string;                  /* AWSC_DOC_STRING: the value; AWSC_DOC_NUMBER: its text */
    struct awsc_document *items;         /* AWSC_DOC_ARRAY */
    struct awsc_document_entry *entries; /* AWSC_DOC_OBJECT */
    size_t count;                        /* items or entries */
};
struct awsc_document_entry {
    const char *key;
    struct awsc_document value;
};

struct awsc_shape;
struct awsc_arena;

/*
 * What went wrong, in full. Caller-owned: initialise with AWSC_ERROR_INIT,
 * pass to calls, and release with awsc_error_clean_up() once a call has
 * filled it (that is safe on an error that was never filled, too).
 */
struct awsc_error {
    int status;             /* the AWSC_E_* code the call returned */
    int http_status;        /* 0 when no response was received */
    const char *code;       /* service error code, e.g. "ResourceNotFoundException" */
    const char *message;    /* human-readable; never NULL once filled */
    const char *request_id; /* x-amzn-RequestId or equivalent, or NULL */
    const char *operation;  /* "GetItem", when a call was involved */
    int attempts;           /* HTTP attempts made, retries included */
    bool retryable;         /* true when a retry could succeed */
    /* A modeled error: the error shape's descriptor and its parsed struct,
     * e.g. struct awsc_dynamodb_conditional_check_failed_exception. */
    const struct awsc_shape *shape;
    void *data;
    struct awsc_arena *arena; /* private: owns the strings above */
};
#define AWSC_ERROR_INIT                                          \
    {                                                            \
        0, 0, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL \
    }

AWSC_API void awsc_error_clean_up(struct awsc_error *err);
/* true when err holds a service error with this code: the code on the
 * wire, or the code of the modeled error it was read as (the
 * AWSC_<SVC>_ERR_* constants). The two differ for services that moved from
 * the query protocol to JSON: SQS answers a missing queue with the code
 * "AWS.SimpleQueueService.NonExistentQueue" and the modeled error
 * QueueDoesNotExist (AWSC_SQS_ERR_QUEUE_DOES_NOT_EXIST); either matches. */
AWSC_API bool awsc_error_is(const struct awsc_error *err, const char *code);

/* Outputs: every generated call that returns an output allocates it, with
 * everything it points to, in one arena. Free it with this (NULL is fine):
 * its strings, blobs, lists, maps and nested structures go with it, unless
 * awsc_output_retain() added a reference, in which case this drops one and
 * the last frees. */
AWSC_API void awsc_output_free(void *output);
/* Adds a reference to an output (any thread may): one more
 * awsc_output_free() is then needed before it goes. Returns output (NULL
 * for NULL). Why a reference and not a copy: <awsc/client.h>, "How long
 * outputs live". */
AWSC_API void *awsc_output_retain(void *output);
/* The request id and HTTP status of the response an output came from. */
AWSC_API const char *awsc_output_request_id(const void *output);
AWSC_API int awsc_output_http_status(const void *output);
/* The HTTP attempts the call made to get this output, retries included
 * (botocore's ResponseMetadata RetryAttempts + 1). */
AWSC_API int awsc_output_attempts(const void *output);

/* Convenience for filling lists from arrays: .names = AWSC_LIST(arr). */
#define AWSC_LIST(array)                            \
    {                                               \
        (array), sizeof(array) / sizeof((array)[0]) \
    }

#ifdef __cplusplus
}
#endif
#endif
