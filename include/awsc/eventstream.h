/*
 * awsc/eventstream.h - event streams: responses that are a sequence of
 * typed events (S3 SelectObjectContent, Kinesis SubscribeToShard, Lambda
 * InvokeWithResponseStream, Bedrock ConverseStream and
 * InvokeModelWithResponseStream, ...), and the decoder of their framing
 * (application/vnd.amazon.eventstream).
 *
 * The typed calls
 * ---------------
 * An operation whose response is an event stream takes an event callback
 * in its generated call, beside the usual arguments, e.g.
 *
 *   typedef int awsc_bedrock_runtime_converse_stream_event_cb(
 *       void *user_data, const struct awsc_bedrock_runtime_converse_stream_event *event);
 *   int awsc_bedrock_runtime_converse_stream(client, &input, on_event, user_data, &output, &err);
 *   int awsc_bedrock_runtime_converse_stream_async(client, &input, on_event, cb, user_data, &err);
 *
 * - The event type is struct awsc_<svc>_<op>_event: the model's event
 *   stream union, with exactly one member set per event (the event's
 *   type, e.g. event->content_block_delta). (Where another shape already
 *   has that name, the union keeps its own: Kinesis' SubscribeToShard
 *   takes struct awsc_kinesis_subscribe_to_shard_event_stream. The
 *   <op>_event_cb typedef in the service header always names it.) Each event is delivered as
 *   soon as its frame has arrived and been checked (both CRC32s), in
 *   order. The event and everything it points to are valid only until the
 *   callback returns: copy what you keep. Memory stays bounded by the
 *   largest frame, however long the stream.
 * - on_event returns 0 to go on, or non-zero to stop: the connection is
 *   closed and the call ends with AWSC_E_CANCELLED (no more events, no
 *   output).
 * - The output struct holds the response's other members (HTTP headers,
 *   the status code, or the initial-response event of the json protocol,
 *   e.g. Lambda's StatusCode); its event stream member stays NULL. The sync
 *   call returns, and the async callback runs, once the stream has ended.
 * - Events of a type this build's model does not know are skipped, as
 *   botocore skips them.
 * - An exception event ends the call with AWSC_E_SERVICE: err->code is
 *   the modeled error's code (the same AWSC_<SVC>_ERR_* constant as when
 *   it comes as an HTTP error response), err->message its message, and
 *   err->shape / err->data its struct. An error event ends it with
 *   AWSC_E_SERVICE and its :error-code and :error-message.
 * - A frame whose prelude or message CRC32 does not match ends the call
 *   with AWSC_E_CHECKSUM; a malformed frame (lengths, headers, a payload
 *   that does not fit the model) with AWSC_E_PARSE; a stream cut off in
 *   the middle of a frame with AWSC_E_PARSE, or with the transport's
 *   error (AWSC_E_TRANSPORT, AWSC_E_TIMEOUT) when the connection broke.
 *   The events delivered before stay delivered. A response that is an
 *   HTTP error is parsed as for any other call, and it, or a stream that
 *   breaks before its first event, is retried as any failed attempt is;
 *   once an event has been delivered, the call is never retried.
 * - on_event runs from the transport's loop: inside the sync call, or
 *   inside awsc_client_run()/awsc_client_poll() for async calls. It may
 *   start async calls; a sync call on the transport that runs it fails
 *   with AWSC_E_BUSY before anything is sent.
 * - The client's read timeout (awsc_config.read_timeout_ms, 60 s by
 *   default) is the longest a stream may stay silent between two pieces:
 *   beyond it the call ends with AWSC_E_TIMEOUT.
 * - Operations whose request is an event stream too (bidirectional
 *   streams) are not supported: they fail with AWSC_E_UNSUPPORTED before
 *   anything is sent.
 *
 * awsc_call_events() and awsc_call_events_async() (<awsc/client.h>) are
 * the untyped forms, for code that walks the tables.
 *
 * The decoder
 * -----------
 * The framing decoder behind those calls, for your own use: feed it bytes
 * as they arrive, in chunks of any size, and it calls back with each
 * complete message once its prelude CRC32 and message CRC32 have been
 * checked. It holds at most one message's bytes (a message that arrives
 * whole in one chunk is not copied at all), and refuses messages longer
 * than 16 MiB or with more than 128 KiB of headers, as the framing
 * specification limits them.
 */
#ifndef AWSC_EVENTSTREAM_H
#define AWSC_EVENTSTREAM_H

#include <awsc/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The framing's limits. */
#define AWSC_EVENTSTREAM_MAX_MESSAGE (16u * 1024u * 1024u)
#define AWSC_EVENTSTREAM_MAX_HEADERS (128u * 1024u)

/* Header value types, as numbered on the wire. */
enum awsc_eventstream_header_type {
    AWSC_EVENTSTREAM_BOOL_TRUE = 0,
    AWSC_EVENTSTREAM_BOOL_FALSE = 1,
    AWSC_EVENTSTREAM_BYTE = 2,
    AWSC_EVENTSTREAM_SHORT = 3,
    AWSC_EVENTSTREAM_INT = 4,
    AWSC_EVENTSTREAM_LONG = 5,
    AWSC_EVENTSTREAM_BYTE_ARRAY = 6,
    AWSC_EVENTSTREAM_STRING = 7,
    AWSC_EVENTSTREAM_TIMESTAMP = 8,
    AWSC_EVENTSTREAM_UUID = 9
};

/* One header of a message. name is NUL-terminated UTF-8 (name_len bytes,
 * which may include a NUL of its own). The value, by type:
 *   BOOL_TRUE, BOOL_FALSE        boolean
 *   BYTE, SHORT, INT, LONG       integer (signed)
 *   TIMESTAMP                    integer: milliseconds since the epoch
 *   BYTE_ARRAY, STRING, UUID     bytes / len (a STRING is valid UTF-8 and
 *                                NUL-terminated too; a UUID is 16 bytes) */
struct awsc_eventstream_header {
    const char *name;
    size_t name_len;
    uint8_t type; /* enum awsc_eventstream_header_type */
    bool boolean;
    int64_t integer;
    const uint8_t *bytes;
    size_t len;
};

/* A decoded message. Everything it points to is valid only during the
 * callback it is passed to. Header names are unique within a message. */
struct awsc_eventstream_message {
    const struct awsc_eventstream_header *headers;
    size_t header_count;
    const uint8_t *payload;
    size_t payload_len;
    /* the frame as it came */
    uint32_t total_length;
    uint32_t headers_length;
    uint32_t prelude_crc;
    uint32_t message_crc;
};

/* The header called name, or NULL. */
AWSC_API const struct awsc_eventstream_header *
awsc_eventstream_message_header(const struct awsc_eventstream_message *msg, const char *name);
/* The value of a STRING header called name, or NULL when there is none
 * (or it is of another type). */
AWSC_API const char *awsc_eventstream_message_string(const struct awsc_eventstream_message *msg,
                                                     const char *name);

/* Called with each message; return 0 to go on, non-zero to stop (the feed
 * then returns AWSC_E_CANCELLED). */
typedef int awsc_eventstream_message_fn(void *user_data,
                                        const struct awsc_eventstream_message *msg);

struct awsc_eventstream_decoder;

AWSC_API int awsc_eventstream_decoder_new(awsc_eventstream_message_fn *fn, void *user_data,
                                          struct awsc_eventstream_decoder **out,
                                          struct awsc_error *err);
/*
 * Feeds len bytes. fn is called, from inside this call, with each message
 * they complete. Returns AWSC_OK; AWSC_E_CHECKSUM when a prelude or message
 * CRC32 does not match; AWSC_E_PARSE when a frame is malformed (a length
 * out of bounds, a header cut short, of an unknown type, repeated, or a
 * name or string that is not UTF-8), err->message naming the message (by
 * its index and offset in the stream) and what is wrong; AWSC_E_CANCELLED
 * when fn stopped; AWSC_E_NOMEM. After a failure the decoder refuses more
 * bytes (the same status again).
 */
AWSC_API int awsc_eventstream_decoder_feed(struct awsc_eventstream_decoder *d, const uint8_t *data,
                                           size_t len, struct awsc_error *err);
/* The stream has ended: AWSC_OK when it ended between two messages,
 * AWSC_E_PARSE when it was cut off inside one (the message says how many
 * of its bytes arrived). */
AWSC_API int awsc_eventstream_decoder_end(struct awsc_eventstream_decoder *d,
                                          struct awsc_error *err);
/* Forgets any partial message and a past failure: ready for a new
 * stream (its buffers are kept). */
AWSC_API void awsc_eventstream_decoder_reset(struct awsc_eventstream_decoder *d);
/* Messages decoded so far, and the bytes the decoder holds for the message
 * in progress (its buffer's capacity: the most memory it keeps). */
AWSC_API uint64_t awsc_eventstream_decoder_messages(const struct awsc_eventstream_decoder *d);
AWSC_API size_t awsc_eventstream_decoder_capacity(const struct awsc_eventstream_decoder *d);
/* NULL is fine. */
AWSC_API void awsc_eventstream_decoder_destroy(struct awsc_eventstream_decoder *d);

#ifdef __cplusplus
}
#endif
#endif
