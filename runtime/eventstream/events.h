/*
 * runtime/eventstream/events.h - the events of an event-stream response,
 * decoded into their typed structs (private).
 *
 * The call path feeds the body of a successful response to
 * awsc__events_feed() as it arrives. Each message is sorted by its
 * :message-type header, as botocore sorts it:
 *
 *   event      the event stream union's member named by :event-type,
 *              filled from the message (the member marked eventpayload
 *              takes the payload: a blob as is, a string as UTF-8 text, a
 *              structure through the protocol's body codec; without one,
 *              the payload is the event's body in that codec; members
 *              marked eventheader take the headers of their names), then
 *              handed to the sink's event callback. An event type the
 *              union does not know is skipped.
 *   exception  the modeled error named by :exception-type, read from the
 *              payload: AWSC_E_SERVICE, err->shape and err->data set.
 *   error      AWSC_E_SERVICE with :error-code and :error-message.
 *
 * With the json protocol the first message must be the initial-response
 * event, whose payload is the output's body: it goes to the sink's
 * initial callback.
 *
 * Each event lives in an arena of its own, freed once its callback
 * returns: memory stays bounded by the largest message.
 */
#ifndef AWSC_EVENTS_PRIVATE_H
#define AWSC_EVENTS_PRIVATE_H

#include <awsc/eventstream.h>
#include <awsc/shape.h>

#include "core.h"

struct awsc__event_sink {
    /* json protocol: the initial-response's payload (the output's body);
     * fills err and returns its status on failure */
    int (*initial)(void *ud, const uint8_t *payload, size_t len, struct awsc_error *err);
    /* an event (the union struct, one member set); non-zero stops */
    int (*event)(void *ud, const void *event);
    void *ud;
};

struct awsc__events;

/* The output member of op that is its event stream, or NULL. */
const struct awsc_member *awsc__event_stream_member(const struct awsc_operation *op);
/* The input member of op that is an event stream (a request stream), or
 * NULL. */
const struct awsc_member *awsc__event_stream_input(const struct awsc_operation *op);

/* The events of op's response, its bodies read by codec (op's protocol:
 * awsc__protocol_for() on the call path, awsc__protocol_any() for tests of
 * any protocol): AWSC_E_UNSUPPORTED when the protocol has no event
 * streams (json, rest-json and rest-xml have). */
struct awsc__protocol;
int awsc__events_new(const struct awsc_operation *op, const struct awsc__protocol *codec,
                     const struct awsc__event_sink *sink, struct awsc__events **out,
                     struct awsc_error *err);
void awsc__events_destroy(struct awsc__events *ev);
/* A new attempt's response: a fresh stream. */
void awsc__events_reset(struct awsc__events *ev);

/* Bytes of the body. AWSC_OK, or the status that ends the stream, err
 * filled: AWSC_E_SERVICE (an exception or error message), AWSC_E_CHECKSUM,
 * AWSC_E_PARSE, AWSC_E_CANCELLED (the event callback stopped it),
 * AWSC_E_NOMEM. */
int awsc__events_feed(struct awsc__events *ev, const uint8_t *data, size_t len,
                      struct awsc_error *err);
/* The body ended: AWSC_E_PARSE when it ended inside a message, or (json)
 * before the initial-response. */
int awsc__events_end(struct awsc__events *ev, struct awsc_error *err);

/* Events delivered to the sink, and skipped for an unknown type. */
uint64_t awsc__events_delivered(const struct awsc__events *ev);
uint64_t awsc__events_skipped(const struct awsc__events *ev);
/* Whether any message (the initial-response included) has arrived. */
bool awsc__events_started(const struct awsc__events *ev);

#endif
