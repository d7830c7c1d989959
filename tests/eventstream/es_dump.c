/*
 * es_dump: the event-stream decoder on a file of bytes, as JSON lines, for
 * the tests that compare it with botocore's decoder and test vectors.
 *
 *   es_dump [--chunk N | --split A,B,...] [--op SERVICE.Operation] FILE
 *
 * The bytes are fed in chunks of N bytes (default: all at once), or cut at
 * the offsets given. Without --op, each message is printed as
 *   {"message": {"headers": [{"name", "type", "value"}], "payload": HEX,
 *    "total_length", "headers_length", "prelude_crc", "message_crc"}}
 * (values: booleans and integers as JSON, strings as strings, byte arrays
 * and UUIDs as {"hex": ...}); with --op, the messages go through the
 * operation's event decoding as a call's would, and each event is printed
 * as {"event": {...}} (the union's JSON, member names, blobs in base64,
 * timestamps in epoch seconds) and the json protocol's initial-response as
 * {"initial": HEX}. Last comes
 *   {"status": "AWSC_OK" or "AWSC_E_...", "code", "message", "messages",
 *    "capacity"}.
 */
#include <awsc/awsc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventstream/events.h"
#include "protocol/json.h"
#include "protocol/protocol.h"

static struct awsc_buf out = AWSC_BUF_INIT;
static const struct awsc_shape *g_stream;

static void put_hex(const uint8_t *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    awsc__buf_putc(&out, '"');
    for (size_t i = 0; i < n; i++) {
        awsc__buf_putc(&out, digits[p[i] >> 4]);
        awsc__buf_putc(&out, digits[p[i] & 15]);
    }
    awsc__buf_putc(&out, '"');
}

static void flush_line(void)
{
    awsc__buf_putc(&out, '\n');
    fwrite(out.data, 1, out.len, stdout);
    awsc__buf_reset(&out);
}

static const char *const TYPES[] = {"bool_true", "bool_false", "byte",   "short",     "int",
                                    "long",      "bytes",      "string", "timestamp", "uuid"};

static int on_message(void *ud, const struct awsc_eventstream_message *m)
{
    (void)ud;
    awsc__buf_puts(&out, "{\"message\":{\"headers\":[");
    for (size_t i = 0; i < m->header_count; i++) {
        const struct awsc_eventstream_header *h = &m->headers[i];
        awsc__buf_puts(&out, i ? ",{\"name\":" : "{\"name\":");
        awsc__json_put_string(&out, h->name, h->name_len);
        awsc__buf_printf(&out, ",\"type\":\"%s\",\"value\":", TYPES[h->type]);
        switch (h->type) {
        case AWSC_EVENTSTREAM_BOOL_TRUE:
        case AWSC_EVENTSTREAM_BOOL_FALSE:
            awsc__buf_puts(&out, h->boolean ? "true" : "false");
            break;
        case AWSC_EVENTSTREAM_STRING:
            awsc__json_put_string(&out, (const char *)h->bytes, h->len);
            break;
        case AWSC_EVENTSTREAM_BYTE_ARRAY:
        case AWSC_EVENTSTREAM_UUID:
            awsc__buf_puts(&out, "{\"hex\":");
            put_hex(h->bytes, h->len);
            awsc__buf_putc(&out, '}');
            break;
        default:
            awsc__buf_printf(&out, "%lld", (long long)h->integer);
        }
        awsc__buf_putc(&out, '}');
    }
    awsc__buf_puts(&out, "],\"payload\":");
    put_hex(m->payload, m->payload_len);
    awsc__buf_printf(&out,
                     ",\"total_length\":%u,\"headers_length\":%u,\"prelude_crc\":%u,"
                     "\"message_crc\":%u}}",
                     m->total_length, m->headers_length, m->prelude_crc, m->message_crc);
    flush_line();
    return 0;
}

static int on_initial(void *ud, const uint8_t *payload, size_t len, struct awsc_error *err)
{
    (void)ud;
    (void)err;
    awsc__buf_puts(&out, "{\"initial\":");
    put_hex(payload, len);
    awsc__buf_putc(&out, '}');
    flush_line();
    return AWSC_OK;
}

static int on_event(void *ud, const void *event)
{
    (void)ud;
    struct awsc__json_opts o = {.member_names = true, .timestamps = AWSC__JSON_TS_EPOCH};
    struct awsc_error err = AWSC_ERROR_INIT;
    awsc__buf_puts(&out, "{\"event\":");
    if (awsc__json_write(&out, g_stream, event, &o, &err) != AWSC_OK) {
        fprintf(stderr, "es_dump: the event cannot be written: %s\n", err.message);
        awsc_error_clean_up(&err);
        exit(2);
    }
    awsc__buf_putc(&out, '}');
    flush_line();
    return 0;
}

static uint8_t *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *b = malloc(cap);
    size_t r;
    while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            uint8_t *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    size_t chunk = 0;
    const char *split = NULL, *op_name = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--chunk") == 0 && i + 1 < argc)
            chunk = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--split") == 0 && i + 1 < argc)
            split = argv[++i];
        else if (strcmp(argv[i], "--op") == 0 && i + 1 < argc)
            op_name = argv[++i];
        else
            path = argv[i];
    }
    size_t len = 0;
    uint8_t *data = path ? read_all(path, &len) : NULL;
    if (!data) {
        fprintf(stderr, "usage: es_dump [--chunk N | --split A,B] [--op SVC.Op] FILE\n");
        return 2;
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_eventstream_decoder *dec = NULL;
    struct awsc__events *ev = NULL;
    int status;
    if (op_name) {
        char svc[128];
        const char *dot = strchr(op_name, '.');
        snprintf(svc, sizeof svc, "%.*s", dot ? (int)(dot - op_name) : 0, op_name);
        const struct awsc_service *s = awsc_service_find(svc);
        const struct awsc_operation *op = s && dot ? awsc_service_operation(s, dot + 1) : NULL;
        if (!op) {
            fprintf(stderr, "es_dump: no operation %s in this build\n", op_name);
            free(data);
            return 2;
        }
        struct awsc__event_sink sink = {on_initial, on_event, NULL};
        g_stream =
            awsc__event_stream_member(op) ? awsc_member_shape(awsc__event_stream_member(op)) : NULL;
        status = awsc__events_new(op, awsc__protocol_for(s->protocol), &sink, &ev, &err);
    } else {
        status = awsc_eventstream_decoder_new(on_message, NULL, &dec, &err);
    }
    size_t at = 0;
    const char *sp = split;
    while (status == AWSC_OK && at < len) {
        size_t next = len;
        if (sp && *sp) {
            next = (size_t)strtoull(sp, (char **)&sp, 10);
            if (*sp == ',')
                sp++;
            if (next > len || next < at)
                next = len;
        } else if (!sp && chunk) {
            next = at + chunk < len ? at + chunk : len;
        }
        status = ev ? awsc__events_feed(ev, data + at, next - at, &err)
                    : awsc_eventstream_decoder_feed(dec, data + at, next - at, &err);
        at = next;
    }
    if (status == AWSC_OK)
        status = ev ? awsc__events_end(ev, &err) : awsc_eventstream_decoder_end(dec, &err);
    awsc__buf_printf(&out, "{\"status\":\"%s\"", awsc_status_name(status));
    if (status != AWSC_OK) {
        awsc__buf_puts(&out, ",\"code\":");
        if (err.code)
            awsc__json_put_string(&out, err.code, strlen(err.code));
        else
            awsc__buf_puts(&out, "null");
        awsc__buf_puts(&out, ",\"message\":");
        awsc__json_put_string(&out, err.message ? err.message : "",
                              strlen(err.message ? err.message : ""));
        if (err.shape)
            awsc__buf_printf(&out, ",\"shape\":\"%s\"", awsc_shape_name(err.shape));
    }
    if (dec)
        awsc__buf_printf(&out, ",\"messages\":%llu,\"capacity\":%zu",
                         (unsigned long long)awsc_eventstream_decoder_messages(dec),
                         awsc_eventstream_decoder_capacity(dec));
    else if (ev)
        awsc__buf_printf(&out, ",\"events\":%llu,\"skipped\":%llu",
                         (unsigned long long)awsc__events_delivered(ev),
                         (unsigned long long)awsc__events_skipped(ev));
    awsc__buf_putc(&out, '}');
    flush_line();
    awsc__buf_clean_up(&out);
    awsc_error_clean_up(&err);
    awsc_eventstream_decoder_destroy(dec);
    awsc__events_destroy(ev);
    free(data);
    return 0;
}
