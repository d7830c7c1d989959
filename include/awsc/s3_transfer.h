/*
 * awsc/s3_transfer.h - S3 uploads, downloads and copies of any size, as
 * boto3's upload_file / download_file / copy (s3transfer) make them.
 *
 * Every transfer runs on the client's async transport, one event loop,
 * with no thread per part:
 *
 * - upload: from a file, memory or a read callback; one PutObject below
 *   multipart_threshold, else a multipart upload whose parts go up to
 *   max_concurrency at a time, each with its flexible checksum (CRC32
 *   unless checksum_algorithm says otherwise) in a header, and listed in
 *   CompleteMultipartUpload. The part size grows when the object would
 *   need more than max_parts parts. On a failure or a cancel the parts in
 *   flight finish, then the multipart upload is aborted: no object
 *   appears, and no parts are left stored.
 * - download: HeadObject first (its headers go to on_headers before the
 *   first byte), then one GetObject below multipart_threshold, else
 *   ranged GetObjects (If-Match the first ETag) up to max_concurrency at
 *   a time. To a file, each range is written in place (pwrite) into
 *   "PATH.awsc-XXXXXX" beside it, renamed over PATH only once every byte
 *   has arrived; a failed or cancelled download removes it, and
 *   awsc_remove_partial_downloads() removes it from a signal handler. To
 *   a write callback, the bytes arrive in order: the range at the front
 *   goes straight through, the ranges ahead of it wait in their buffers.
 * - copy: CopyObject up to copy_threshold (5 GiB, S3's limit for it),
 *   else a multipart upload of UploadPartCopy ranges, the source's
 *   content type and metadata carried over.
 *
 * Memory is bounded by max_concurrency x part size (downloads to a file
 * and uploads from memory need no part buffers at all), never by the
 * object's size.
 *
 * Progress: the progress callback gets (bytes done, total) after each
 * part is sent, and as download bytes arrive; it returns non-zero to
 * cancel. Async transfers can also be cancelled with
 * awsc_s3_transfer_cancel(). A cancelled transfer ends with
 * AWSC_E_CANCELLED.
 *
 * Callbacks run on the thread that drives the client's transport
 * (awsc_client_run/poll, or the sync call itself), never from inside the
 * call that started the transfer.
 */
#ifndef AWSC_S3_TRANSFER_H
#define AWSC_S3_TRANSFER_H

#include <awsc/s3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A build without them (-Ds3_transfer=false) declares nothing here. */
#if AWSC_WITH_S3_TRANSFER

/* How transfers are cut up. Zero fields take the defaults (boto3's
 * TransferConfig): 8 MiB threshold and part size, 10 parts at a time,
 * 10,000 parts at most, multipart copy above 5 GiB, CRC32. Pass NULL for
 * all the defaults. */
struct awsc_s3_transfer_config {
    int64_t multipart_threshold;    /* multipart at this size and above */
    int64_t part_size;              /* the part size before adaptation */
    int max_concurrency;            /* parts in flight at once */
    int max_parts;                  /* S3 allows 10,000; lower it to test */
    int64_t copy_threshold;         /* multipart copy above this size */
    const char *checksum_algorithm; /* "CRC32", "CRC32C", "SHA256", ... */
    bool fsync; /* a download to a file: flushed to the disk before the
                   rename (see struct awsc_sink) */
};

/* Called with the bytes done so far and the total; non-zero cancels. */
typedef int awsc_s3_progress_fn(void *user_data, int64_t done, int64_t total);

/* The object's headers (HeadObject's output: content_length, content_type,
 * e_tag, metadata, last_modified...), valid during the call; non-zero
 * cancels the download before any byte is written. */
typedef int awsc_s3_headers_fn(void *user_data, const struct awsc_s3_head_object_output *head);

struct awsc_s3_upload_request {
    const char *bucket;
    const char *key;
    /* One source: data/len, path, or read with length (read is called in
     * order, once per byte; it returns (size_t)-1 to fail the upload). */
    struct awsc_stream body;
    const char *content_type;         /* optional */
    struct awsc_s3_metadata metadata; /* optional x-amz-meta-* */
    awsc_s3_progress_fn *progress;    /* optional */
    void *user_data;                  /* for progress */
};

struct awsc_s3_download_request {
    const char *bucket;
    const char *key;
    const char *version_id; /* optional */
    /* One destination: a file path, or write (0 to go on, non-zero to
     * cancel), called with the body in order. */
    const char *path;
    int (*write)(void *user_data, const uint8_t *data, size_t len);
    awsc_s3_headers_fn *on_headers; /* optional, before the first byte */
    awsc_s3_progress_fn *progress;  /* optional */
    void *user_data;                /* for write, on_headers and progress */
};

struct awsc_s3_copy_request {
    const char *source_bucket;
    const char *source_key;
    const char *bucket;
    const char *key;
    awsc_s3_progress_fn *progress; /* optional */
    void *user_data;
};

/* Sync forms: drive the client's transport until the transfer is done.
 * AWSC_OK, or the first failure in err (the failing operation's error:
 * NoSuchBucket, a local file that cannot be read, ...). */
AWSC_API int awsc_s3_upload(struct awsc_client *client, const struct awsc_s3_upload_request *req,
                            const struct awsc_s3_transfer_config *config, struct awsc_error *err);
AWSC_API int awsc_s3_download(struct awsc_client *client,
                              const struct awsc_s3_download_request *req,
                              const struct awsc_s3_transfer_config *config, struct awsc_error *err);
AWSC_API int awsc_s3_copy(struct awsc_client *client, const struct awsc_s3_copy_request *req,
                          const struct awsc_s3_transfer_config *config, struct awsc_error *err);

/* Async forms. The request is copied (its strings and metadata; a body in
 * memory, a read callback's state and the callbacks' user_data must live
 * until done runs). done runs once, on the transport's loop, with err
 * filled on failure (valid during the callback only); the transfer
 * handle (*out, if non-NULL) is valid until then. On a non-OK return
 * nothing was started and done never runs. */
struct awsc_s3_transfer;
typedef void awsc_s3_transfer_done_fn(void *user_data, int status, struct awsc_error *err);
AWSC_API int awsc_s3_upload_async(struct awsc_client *client,
                                  const struct awsc_s3_upload_request *req,
                                  const struct awsc_s3_transfer_config *config,
                                  awsc_s3_transfer_done_fn *done, void *done_data,
                                  struct awsc_s3_transfer **out, struct awsc_error *err);
AWSC_API int awsc_s3_download_async(struct awsc_client *client,
                                    const struct awsc_s3_download_request *req,
                                    const struct awsc_s3_transfer_config *config,
                                    awsc_s3_transfer_done_fn *done, void *done_data,
                                    struct awsc_s3_transfer **out, struct awsc_error *err);
AWSC_API int awsc_s3_copy_async(struct awsc_client *client, const struct awsc_s3_copy_request *req,
                                const struct awsc_s3_transfer_config *config,
                                awsc_s3_transfer_done_fn *done, void *done_data,
                                struct awsc_s3_transfer **out, struct awsc_error *err);

/* Stops a transfer: no new part starts, downloads stop at their next
 * bytes, a multipart upload is aborted; done then runs with
 * AWSC_E_CANCELLED. Call it on the loop's thread, before done has run. */
AWSC_API void awsc_s3_transfer_cancel(struct awsc_s3_transfer *t);

/* The part size a multipart upload or copy of size bytes uses under
 * config, and the number of parts: as boto3's s3transfer makes it,
 * part_size doubled until at most max_parts parts hold the object, then
 * brought within S3's limits (5 MiB to 5 GiB). Downloads take ranges of
 * part_size as it is. */
AWSC_API int64_t awsc_s3_transfer_part_size(const struct awsc_s3_transfer_config *config,
                                            int64_t size, int *parts);

#endif /* AWSC_WITH_S3_TRANSFER */

#ifdef __cplusplus
}
#endif
#endif
