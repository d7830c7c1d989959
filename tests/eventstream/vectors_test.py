#!/usr/bin/python3
"""The event-stream framing decoder (es_dump) against botocore.

1. botocore's test vectors (tests/data/botocore/unit/eventstream/
   vectors.json): every message decodes to the headers, payload, lengths
   and CRCs botocore expects, fed whole, one byte at a time, and all of
   them in one stream; every negative case fails as botocore's does (a
   ChecksumMismatch is AWSC_E_CHECKSUM, the others AWSC_E_PARSE naming
   the fault); botocore's stream cases (a message split across chunks, the
   initial-response, an error message) give what botocore expects. The
   encoder of the tests (evstream.py) reproduces every vector's bytes.
2. With botocore's source (--botocore-src; skipped, saying so, when it is
   absent): generated streams of random messages (every header type,
   payloads of 0 bytes to 1 MiB) cut in random chunks, corrupted ones and
   cut-off ones, decoded by botocore's EventStreamBuffer and by awsc: the
   same messages, and the same failure. botocore leaves a stream's partial
   last message unread without a word, where awsc fails with AWSC_E_PARSE
   (listed in tests/eventstream/differences.txt).

usage: vectors_test.py ES_DUMP VECTORS.json [--botocore-src DIR]
"""
import json
import os
import random
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evstream  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

failures = []
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "differences.txt"),
          encoding="utf-8") as _f:
    DIFFERENCES = {line.split()[0] for line in _f if line.strip() and not line.startswith("#")}


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)


def vector_bytes(spec):
    if "hex" in spec:
        return bytes.fromhex(spec["hex"])
    out = bytearray()
    for p in spec["parts"]:
        out += bytes.fromhex(p["hex"]) if "hex" in p else bytes.fromhex(p["repeat"]) * p["count"]
    return bytes(out)


class NotBuilt(Exception):
    """The operation's service is not in this build (-Dservices)."""


def run_dump(dump, data, *args):
    with tempfile.NamedTemporaryFile(prefix="awsc-es-", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        r = exe_wrapper.run([dump, *args, path], capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(path)
    if r.returncode == 2 and "in this build" in r.stderr:
        raise NotBuilt(r.stderr.strip())
    if r.returncode != 0:
        raise RuntimeError(f"es_dump {args} exited {r.returncode}: {r.stderr}")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    return lines[:-1], lines[-1]


def header_value(h):
    return h["value"]


def expect_headers(expected):
    return expected  # botocore's values: bool, int, str, {"hex"}


def as_dict(msg):
    return {h["name"]: header_value(h) for h in msg["headers"]}


def encode_back(msg):
    """The message es_dump decoded, encoded again by evstream.py."""
    headers = []
    for h in msg["headers"]:
        v = h["value"]
        if isinstance(v, dict):
            v = bytes.fromhex(v["hex"])
        headers.append((h["name"], h["type"], v))
    return evstream.message(headers, bytes.fromhex(msg["payload"]))


def same_message(got, want, label):
    check(as_dict(got) == expect_headers(want["headers"]),
          f"{label}: headers {as_dict(got)} != {want['headers']}")
    check(got["payload"] == want["payload"]["hex"], f"{label}: payload differs")
    if "prelude" in want:
        check(got["total_length"] == want["prelude"]["total_length"] and
              got["headers_length"] == want["prelude"]["headers_length"] and
              got["prelude_crc"] == want["prelude"]["crc"] and got["message_crc"] == want["crc"],
              f"{label}: prelude or CRC differs")


ERRORS = {  # botocore's exception -> awsc's status and a word of its message
    "ChecksumMismatch": ("AWSC_E_CHECKSUM", "CRC32 does not match"),
    "DuplicateHeader": ("AWSC_E_PARSE", "appears twice"),
    "InvalidHeadersLength": ("AWSC_E_PARSE", "headers length"),
    "InvalidPayloadLength": ("AWSC_E_PARSE", "exceeds the event stream limit"),
}


def test_vectors(dump, vectors):
    doc = json.load(open(vectors, encoding="utf-8"))
    everything = b""
    for v in doc["messages"]:
        data = vector_bytes(v["bytes"])
        everything += data
        for args in ([], ["--chunk", "1"], ["--chunk", "5"]):
            msgs, end = run_dump(dump, data, *args)
            label = f"{v['name']} {' '.join(args) or 'whole'}"
            check(end["status"] == "AWSC_OK" and len(msgs) == 1, f"{label}: {end}")
            if msgs:
                same_message(msgs[0]["message"], v, label)
                check(encode_back(msgs[0]["message"]) == data,
                      f"{v['name']}: the test encoder does not reproduce the vector")
    msgs, end = run_dump(dump, everything, "--chunk", "7")
    check(end["status"] == "AWSC_OK" and len(msgs) == len(doc["messages"]),
          f"all positive vectors in one stream: {len(msgs)} messages, {end}")
    for got, want in zip(msgs, doc["messages"]):
        same_message(got["message"], want, f"{want['name']} (in one stream)")
    for v in doc["negative"]:
        data = vector_bytes(v["bytes"])
        status, word = ERRORS[v["error"]]
        for args in ([], ["--chunk", "1"]):
            msgs, end = run_dump(dump, data, *args)
            check(not msgs and end["status"] == status and word in end.get("message", ""),
                  f"{v['name']} {args}: botocore raises {v['error']}; awsc gives {end}")
    print(f"vectors: {len(doc['messages'])} messages (whole, byte by byte, in 5-byte chunks, "
          f"in one stream), {len(doc['negative'])} negative cases")
    for s in doc["streams"]:
        chunks = [bytes.fromhex(c) for c in s["chunks"]]
        data = b"".join(chunks)
        cuts = []
        for c in chunks[:-1]:
            cuts.append(str((int(cuts[-1]) if cuts else 0) + len(c)))
        split = ["--split", ",".join(cuts)] if cuts else []
        label = s["name"]
        if s["initial_response"]:
            try:
                msgs, end = run_dump(dump, data, *split, "--op", "kinesis.SubscribeToShard")
            except NotBuilt as e:
                print(f"skip {label}: {e}")
                continue
            if "error" in s:
                check(end["status"] == "AWSC_E_PARSE" and "initial-response" in end["message"],
                      f"{label}: botocore raises {s['error']}; awsc gives {end}")
            else:
                check(end["status"] == "AWSC_OK" and msgs and
                      msgs[0].get("initial") == s["messages"][0]["payload"]["hex"],
                      f"{label}: {msgs} {end}")
        elif s.get("error") == "EventStreamError":
            try:
                msgs, end = run_dump(dump, data, *split, "--op", "s3.SelectObjectContent")
            except NotBuilt as e:
                print(f"skip {label}: {e}")
                continue
            check(end["status"] == "AWSC_E_SERVICE" and end.get("code") == "code" and
                  end.get("message") == "message",
                  f"{label}: botocore raises {s['error']} (code, message); awsc gives {end}")
        if "messages" in s:
            msgs, end = run_dump(dump, data, *split)
            check(end["status"] == "AWSC_OK" and len(msgs) == len(s["messages"]),
                  f"{label}: {end}")
            for got, want in zip(msgs, s["messages"]):
                same_message(got["message"], want, label)
    print(f"vectors: {len(doc['streams'])} stream cases")


# ------------------------------------------------ malformed, CRCs correct

def prelude_only(total, hlen):
    p = struct.pack("!II", total, hlen)
    return p + struct.pack("!I", evstream.crc32(p))


def test_malformed(dump):
    """Frames whose CRCs are right but whose insides are wrong: each is
    AWSC_E_PARSE naming what is wrong (botocore raises KeyError,
    UnicodeDecodeError or struct.error from inside its parser for most:
    differences.txt, bad-headers), fed whole and byte by byte."""
    check("bad-headers" in DIFFERENCES, "bad-headers is not in differences.txt")
    many = [(f"h{i}", evstream.BOOL_TRUE, None) for i in range(20)] + [("h7", evstream.INT, 1)]
    cases = [
        ("a 1-byte header section", evstream.message(raw_headers=b"\x01"), "runs past the end"),
        ("a header with no type", evstream.message(raw_headers=b"\x00"), "has no type"),
        ("an unknown value type", evstream.message(raw_headers=b"\x01a\x0a"),
         "unknown value type 10"),
        ("a string cut short", evstream.message(raw_headers=b"\x01a\x07\x00\x05ab"),
         "runs past the end"),
        ("a long cut short", evstream.message(raw_headers=b"\x01a\x05\x00\x00"),
         "runs past the end"),
        ("a name that is not UTF-8", evstream.message(raw_headers=b"\x01\xff\x00"),
         "not valid UTF-8"),
        ("a string that is not UTF-8",
         evstream.message(raw_headers=b"\x01s\x07\x00\x02\xc3\x28"), "not valid UTF-8"),
        ("a repeat among 21 headers", evstream.message(many), "\"h7\" appears twice"),
        ("headers longer than the message", prelude_only(20, 8) + b"\0" * 8,
         "does not fit"),
        ("a total length under 16", prelude_only(12, 0), "shorter than"),
        ("a message over 16 MiB", prelude_only(16 * 1024 * 1024 + 1, 0), "16 MiB"),
        ("headers over 128 KiB", prelude_only(200000, 128 * 1024 + 1), "128 KiB"),
    ]
    for label, data, word in cases:
        for args in ([], ["--chunk", "1"]):
            msgs, end = run_dump(dump, data, *args)
            check(not msgs and end["status"] == "AWSC_E_PARSE" and word in end["message"],
                  f"{label} {args}: {end}")
    # a stream cut inside the prelude, and inside a message
    msg = evstream.message([(":event-type", evstream.STRING, "x")], b"payload")
    for cut, word in ((5, "inside the message's prelude"), (len(msg) - 3, "inside the message")):
        msgs, end = run_dump(dump, msg + msg[:cut], "--chunk", "1")
        check(len(msgs) == 1 and end["status"] == "AWSC_E_PARSE" and word in end["message"],
              f"cut at {cut}: {end}")
    print(f"malformed frames with correct CRCs: {len(cases)} cases, and 2 cut-off streams")


# ------------------------------------------------------ against botocore

def random_header(rnd, name):
    t = rnd.randrange(10)
    if t in (evstream.BOOL_TRUE, evstream.BOOL_FALSE):
        return (name, t, None)
    if t == evstream.BYTE:
        return (name, t, rnd.randint(-128, 127))
    if t == evstream.SHORT:
        return (name, t, rnd.randint(-32768, 32767))
    if t == evstream.INT:
        return (name, t, rnd.randint(-2 ** 31, 2 ** 31 - 1))
    if t in (evstream.LONG, evstream.TIMESTAMP):
        return (name, t, rnd.randint(-2 ** 63, 2 ** 63 - 1))
    if t == evstream.BYTES:
        return (name, t, bytes(rnd.randrange(256) for _ in range(rnd.randrange(40))))
    if t == evstream.STRING:
        return (name, t, "".join(rnd.choice("abc\u00e9\u65e5 \"\\\n") for _ in range(rnd.randrange(30))))
    return (name, t, bytes(rnd.randrange(256) for _ in range(16)))


def random_stream(rnd, n):
    out = b""
    for i in range(n):
        names = rnd.sample(["a", ":event-type", "x-y", "\u00e9t\u00e9", "long-name" * 20,
                            "n", "", "z0"], rnd.randrange(6))
        size = rnd.choice([0, 1, 17, 1000, rnd.randrange(1 << 20)])
        out += evstream.message([random_header(rnd, nm) for nm in names], rnd.randbytes(size))
    return out


def oracle(botocore_src, data, chunk):
    with tempfile.NamedTemporaryFile(prefix="awsc-es-", delete=False) as f:
        f.write(data)
        path = f.name
    env = dict(os.environ, PYTHONPATH=botocore_src)
    try:
        r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                                                         "botocore_oracle.py"),
                            "frames", path, str(chunk)], capture_output=True, text=True,
                           env=env, timeout=300)
    finally:
        os.unlink(path)
    if r.returncode != 0:
        raise RuntimeError(f"botocore_oracle: {r.stderr}")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    return lines[:-1], lines[-1]


def same_as_botocore(dump, botocore_src, data, label, rnd):
    # (botocore's buffer copies what it holds at each chunk: small chunks
    # of a long stream take it minutes)
    small = len(data) < 65536
    want, wend = oracle(botocore_src, data, rnd.choice([3, 64, 0] if small else [65536, 0]))
    got, gend = run_dump(dump, data, "--chunk", str(rnd.choice([1, 2, 100, 0] if small
                                                               else [7, 4096, 0])))
    check(len(got) == len(want), f"{label}: awsc {len(got)} messages, botocore {len(want)}")
    for g, w in zip(got, want):
        g, w = g["message"], w["message"]
        check(as_dict(g) == w["headers"] and g["payload"] == w["payload"] and
              g["total_length"] == w["total_length"] and g["message_crc"] == w["message_crc"],
              f"{label}: a message differs")
    if wend["status"] == "ok" and wend["rest"] == 0:
        check(gend["status"] == "AWSC_OK", f"{label}: botocore ok, awsc {gend}")
    elif wend["status"] == "ok":
        # botocore leaves the partial message unread (differences.txt:
        # ends-mid-frame)
        check("ends-mid-frame" in DIFFERENCES, "ends-mid-frame is not in differences.txt")
        check(gend["status"] == "AWSC_E_PARSE" and "ended inside" in gend["message"],
              f"{label}: cut off: awsc {gend}")
    else:
        status, _ = ERRORS.get(wend["status"], ("?", ""))
        check(gend["status"] == status,
              f"{label}: botocore {wend['status']} ({wend.get('message')}), awsc {gend}")
    return wend["status"]


def test_against_botocore(dump, botocore_src):
    rnd = random.Random(20261205)
    outcomes = {}
    for i in range(40):
        data = random_stream(rnd, rnd.randrange(1, 8))
        kind = rnd.choice(["whole", "whole", "flip", "cut"])
        if kind == "flip":
            data = evstream.corrupt(data, rnd.randrange(len(data)))
        elif kind == "cut":
            data = data[:rnd.randrange(1, len(data))]
        st = same_as_botocore(dump, botocore_src, data, f"random stream {i} ({kind})", rnd)
        outcomes[st] = outcomes.get(st, 0) + 1
    print("against botocore's decoder: 40 random streams; botocore's outcomes: " +
          ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


def main():
    args = sys.argv[1:]
    botocore_src = None
    if "--botocore-src" in args:
        i = args.index("--botocore-src")
        botocore_src = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    dump, vectors = args
    test_vectors(dump, vectors)
    test_malformed(dump)
    if botocore_src and os.path.exists(os.path.join(botocore_src, "botocore", "eventstream.py")):
        test_against_botocore(dump, botocore_src)
    else:
        print(f"SKIP the comparison with botocore's decoder: no botocore source at {botocore_src} "
              "(-Dbotocore_src)")
    print("FAILED" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
