"""CBOR (RFC 8949) for the tests: decoding to Python values, and a
normal form of the encoding for comparing two bodies item by item.

  decode(data) -> value        ints, floats, bytes, str, lists, dicts,
                               True/False/None, UNDEFINED, Tag(n, value)
  normal_form(data) -> bytes   the same bytes with every map's entries
                               sorted by their keys' encoding; each head
                               keeps its width, each length its form
                               (definite or not), each float its precision
  encode(value, indefinite=False) -> bytes
                               shortest heads, floats as doubles, Tag(n, v)
                               as a tag; with indefinite, arrays, maps and
                               strings of more than 8 bytes in indefinite
                               form (strings in chunks)

Two bodies with equal normal forms differ at most in the order of map
entries. Both raise ValueError on data that is not one well-formed item.
"""
import struct


class Tag:
    def __init__(self, tag, value):
        self.tag, self.value = tag, value

    def __eq__(self, other):
        return isinstance(other, Tag) and (self.tag, self.value) == (other.tag, other.value)

    def __repr__(self):
        return f"Tag({self.tag}, {self.value!r})"


UNDEFINED = type("Undefined", (), {"__repr__": lambda self: "undefined"})()
_BREAK = object()


class _Reader:
    def __init__(self, data):
        self.data, self.pos = bytes(data), 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError(f"CBOR data ends at byte {len(self.data)}, inside an item")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def head(self):
        """(major, info, argument, raw head bytes); argument None for an
        indefinite length or the break code."""
        start = self.pos
        ib = self.take(1)[0]
        major, info = ib >> 5, ib & 31
        if info < 24:
            arg = info
        elif info <= 27:
            arg = int.from_bytes(self.take(1 << (info - 24)), "big")
        elif info == 31 and major in (2, 3, 4, 5, 7):
            arg = None
        else:
            raise ValueError(f"initial byte {ib:#04x} at byte {start} is not well-formed")
        return major, info, arg, self.data[start:self.pos]

    def item(self):
        """(value, normal form)"""
        major, info, arg, raw = self.head()
        if major == 7 and arg is None:
            return _BREAK, raw
        if major == 0:
            return arg, raw
        if major == 1:
            return -1 - arg, raw
        if major in (2, 3):
            if arg is not None:
                body = self.take(arg)
                chunks, norm = [body], raw + body
            else:
                chunks, norm = [], raw
                while True:
                    cm, _, carg, craw = self.head()
                    if cm == 7 and carg is None:
                        norm += craw
                        break
                    if cm != major or carg is None:
                        raise ValueError("a chunk of an indefinite string is not a definite "
                                         "string of the same type")
                    body = self.take(carg)
                    chunks.append(body)
                    norm += craw + body
            value = b"".join(chunks)
            return (value.decode("utf-8") if major == 3 else value), norm
        if major == 4:
            items, norm = [], raw
            while arg is None or len(items) < arg:
                v, n = self.item()
                norm += n
                if v is _BREAK:
                    if arg is not None:
                        raise ValueError("a break code inside a definite-length array")
                    break
                items.append(v)
            return items, norm
        if major == 5:
            entries, pairs = {}, []
            while arg is None or len(pairs) < arg:
                k, kn = self.item()
                if k is _BREAK:
                    if arg is not None:
                        raise ValueError("a break code inside a definite-length map")
                    break
                v, vn = self.item()
                if v is _BREAK:
                    raise ValueError("a map ends between a key and its value")
                key = tuple(k) if isinstance(k, list) else k
                entries[key] = v
                pairs.append((kn, vn))
            tail = b"\xff" if arg is None else b""
            return entries, raw + b"".join(k + v for k, v in sorted(pairs)) + tail
        if major == 6:
            v, n = self.item()
            if v is _BREAK:
                raise ValueError("a tag on a break code")
            return Tag(arg, v), raw + n
        # major 7
        if info == 20:
            return False, raw
        if info == 21:
            return True, raw
        if info == 22:
            return None, raw
        if info == 23:
            return UNDEFINED, raw
        if info == 25:
            return struct.unpack(">e", raw[1:])[0], raw
        if info == 26:
            return struct.unpack(">f", raw[1:])[0], raw
        if info == 27:
            return struct.unpack(">d", raw[1:])[0], raw
        return ("simple", arg), raw


def _head(major, n):
    if n < 24:
        return bytes([major << 5 | n])
    for info, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * width):
            return bytes([major << 5 | info]) + n.to_bytes(width, "big")
    raise ValueError(f"{n} does not fit in a CBOR head")


def encode(v, indefinite=False):
    if v is None:
        return b"\xf6"
    if v is UNDEFINED:
        return b"\xf7"
    if v is True or v is False:
        return b"\xf5" if v else b"\xf4"
    if isinstance(v, int):
        return _head(0, v) if v >= 0 else _head(1, -1 - v)
    if isinstance(v, float):
        return b"\xfb" + struct.pack(">d", v)
    if isinstance(v, Tag):
        return _head(6, v.tag) + encode(v.value, indefinite)
    if isinstance(v, (bytes, str)):
        major, data = (2, v) if isinstance(v, bytes) else (3, v.encode("utf-8"))
        if indefinite and len(data) > 8:
            chunks = [data[i:i + 8] for i in range(0, len(data), 8)]
            return bytes([major << 5 | 31]) + b"".join(_head(major, len(c)) + c
                                                        for c in chunks) + b"\xff"
        return _head(major, len(data)) + data
    if isinstance(v, list):
        body = b"".join(encode(x, indefinite) for x in v)
        return (b"\x9f" + body + b"\xff") if indefinite else _head(4, len(v)) + body
    if isinstance(v, dict):
        body = b"".join(encode(k, indefinite) + encode(x, indefinite) for k, x in v.items())
        return (b"\xbf" + body + b"\xff") if indefinite else _head(5, len(v)) + body
    raise ValueError(f"no CBOR for {type(v).__name__}")


def _one(data):
    r = _Reader(data)
    value, norm = r.item()
    if value is _BREAK:
        raise ValueError("a break code outside an indefinite-length item")
    if r.pos != len(r.data):
        raise ValueError(f"{len(r.data) - r.pos} bytes follow the CBOR item")
    return value, norm


def decode(data):
    return _one(data)[0]


def normal_form(data):
    return _one(data)[1]


def diagnostic(data, limit=400):
    """A short readable rendering of a body, for failure messages."""
    try:
        text = repr(decode(data))
    except ValueError as e:
        text = f"(not CBOR: {e}) {bytes(data)[:60].hex()}"
    return text if len(text) <= limit else text[:limit] + "..."
