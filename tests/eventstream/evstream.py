"""An application/vnd.amazon.eventstream encoder, written from the framing
specification, for the event-stream tests (botocore has only a decoder).
vectors_test.py checks that it reproduces botocore's test vectors byte
for byte.

A message:

    total_length   u32 big-endian, the whole message
    headers_length u32
    prelude_crc    u32, CRC32 of the 8 bytes above
    headers        name (u8 length + UTF-8), type (u8), value
    payload
    message_crc    u32, CRC32 of everything before it

Header types: 0 true, 1 false, 2 byte, 3 short, 4 int, 5 long,
6 byte array (u16 length), 7 string (u16 length), 8 timestamp (i64
milliseconds), 9 uuid (16 bytes).
"""
import struct
import zlib

BOOL_TRUE, BOOL_FALSE, BYTE, SHORT, INT, LONG, BYTES, STRING, TIMESTAMP, UUID = range(10)
TYPE_NAMES = ["bool_true", "bool_false", "byte", "short", "int", "long", "bytes", "string",
              "timestamp", "uuid"]


def crc32(data, crc=0):
    return zlib.crc32(data, crc) & 0xFFFFFFFF


def header(name, htype, value=None):
    """One encoded header. value: bool types none; integers an int; bytes,
    uuid bytes; string a str."""
    if isinstance(htype, str):
        htype = TYPE_NAMES.index(htype)
    raw_name = name.encode("utf-8")
    out = struct.pack("!B", len(raw_name)) + raw_name + struct.pack("!B", htype)
    if htype in (BOOL_TRUE, BOOL_FALSE):
        return out
    if htype == BYTE:
        return out + struct.pack("!b", value)
    if htype == SHORT:
        return out + struct.pack("!h", value)
    if htype == INT:
        return out + struct.pack("!i", value)
    if htype in (LONG, TIMESTAMP):
        return out + struct.pack("!q", value)
    if htype == BYTES:
        return out + struct.pack("!H", len(value)) + value
    if htype == STRING:
        raw = value.encode("utf-8")
        return out + struct.pack("!H", len(raw)) + raw
    if htype == UUID:
        assert len(value) == 16
        return out + value
    raise ValueError(f"unknown header type {htype}")


def message(headers=(), payload=b"", raw_headers=None):
    """An encoded message. headers: (name, type, value) triples, or
    raw_headers the encoded header bytes as they are."""
    hdr = raw_headers if raw_headers is not None else b"".join(header(*h) for h in headers)
    total = 16 + len(hdr) + len(payload)
    prelude = struct.pack("!II", total, len(hdr))
    prelude += struct.pack("!I", crc32(prelude))
    body = prelude + hdr + payload
    return body + struct.pack("!I", crc32(body))


def event(event_type, payload=b"", content_type=None, extra=()):
    """A :message-type event message."""
    h = [(":message-type", STRING, "event"), (":event-type", STRING, event_type)]
    if content_type:
        h.append((":content-type", STRING, content_type))
    return message(h + list(extra), payload)


def exception(exception_type, payload=b"", content_type="application/json"):
    h = [(":message-type", STRING, "exception"), (":exception-type", STRING, exception_type),
         (":content-type", STRING, content_type)]
    return message(h, payload)


def error(code, text):
    h = [(":message-type", STRING, "error"), (":error-code", STRING, code),
         (":error-message", STRING, text)]
    return message(h)


def corrupt(msg, offset):
    """msg with the byte at offset flipped."""
    b = bytearray(msg)
    b[offset] ^= 0x01
    return bytes(b)
