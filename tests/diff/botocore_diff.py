#!/usr/bin/python3
"""Differential test: awsc's signed requests against botocore's.

For every operation of the chosen services, a random valid input is
generated from the model (seeded, so a run is repeatable). botocore (its source
at the release models/ comes from, --botocore) builds and signs the request offline, with fixed
credentials, clock and invocation id; awsc's request_dump program does the
same from the same input. Method, URL, headers (signature included) and
body are compared; the body as JSON values, XML trees or query parameters.
Headers that differ by nature are listed in ignored-headers.txt.

usage: botocore_diff.py --dump PATH/request_dump --botocore DIR [--models DIR]
                        [--services a,b|--protocol json]
                        [--seed N] [--inputs N] [--show N]
"""
import argparse
import base64
import datetime
import json
import os
import random
import string
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

SKIP = 77  # meson's exit status for a skipped test

# botocore itself is imported from --botocore (its source at the release
# the models come from), after the arguments are read: see load_botocore().
botocore = Config = None

HERE = os.path.dirname(os.path.abspath(__file__))
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "session-token-example"
# the token of operations authorized with a bearer token (httpBearerAuth)
BEARER_TOKEN = "bearer-token-example"
REGION = "us-east-1"
ENDPOINT = "https://awsc-diff.example.com"
FIXED_TIME = datetime.datetime(2023, 3, 14, 15, 9, 26)
INVOCATION_ID = "00000000-0000-4000-8000-000000000000"
# request compression (CloudWatch PutMetricData's gzip) for the bodies of
# random inputs, not only those past the default 10240 bytes
MIN_COMPRESSION_SIZE = 128


# ----------------------------------------------------------- determinism

def load_botocore(src, models):
    """Imports botocore from its source folder src, reading the service
    models from models (AWS_DATA_PATH), and fixes its clock and invocation
    id. Returns its version."""
    global botocore, Config
    os.environ["AWS_DATA_PATH"] = models
    # nothing from the environment or ~/.aws may change what is sent
    for name in list(os.environ):
        if name.startswith("AWS_") and name != "AWS_DATA_PATH":
            del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = os.devnull
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    sys.path.insert(0, src)
    import botocore as b
    import botocore.auth
    import botocore.endpoint
    import botocore.session
    import botocore.signers
    from botocore.config import Config as C
    botocore, Config = b, C

    def fixed_now(remove_tzinfo=True):
        now = FIXED_TIME.replace(tzinfo=datetime.timezone.utc)
        return now.replace(tzinfo=None) if remove_tzinfo else now

    botocore.auth.get_current_datetime = fixed_now
    botocore.signers.get_current_datetime = fixed_now
    try:
        import botocore.crt.auth
        botocore.crt.auth.get_current_datetime = fixed_now
    except ImportError:
        pass

    class _FixedTime:
        """The time module as botocore's SigV2 signer sees it: gmtime() is
        the fixed clock's."""

        def __getattr__(self, name):
            return getattr(time, name)

        @staticmethod
        def time():
            return FIXED_TIME.replace(tzinfo=datetime.timezone.utc).timestamp()

        @staticmethod
        def gmtime(secs=None):
            if secs is None:
                secs = FIXED_TIME.replace(tzinfo=datetime.timezone.utc).timestamp()
            return time.gmtime(secs)

    botocore.auth.time = _FixedTime()
    # the gzip header's MTIME (request compression) is the fixed clock too
    import gzip
    gzip.time = _FixedTime()
    # The URLs botocore presigns for a copy from another region (RDS,
    # Neptune, DocumentDB, EC2 CopySnapshot) go into the body. With the CRT
    # installed botocore presigns with the CRT's signer, which writes
    # X-Amz-SignedHeaders before X-Amz-Expires; its own signer, which awsc
    # follows, the other way round. The signatures are the same; the
    # bodies, and so the request's signature, differ. Compare with
    # botocore's own signer.
    botocore.auth.AUTH_TYPE_MAPS["v4-query"] = botocore.auth.SigV4QueryAuth
    botocore.endpoint.uuid.uuid4 = lambda: uuid.UUID(INVOCATION_ID)
    return botocore.__version__


# -------------------------------------------------------- random inputs

class JsonValue(str):
    """The value of a jsonvalue header member. botocore sends the base64 of
    json.dumps(value, separators=(',', ':')); awsc's member holds that JSON
    text, which is what it is given (see cli_json)."""


HEADER_NAME_CHARS = string.ascii_letters + string.digits + "-_.!#$%&'*+^`|~"

# Members whose values botocore checks beyond the model (S3's bucket names,
# the endpoint rules' host labels): random text would only be refused.
LABEL_MEMBERS = {"Bucket", "AccountId", "OutpostId"}


# Text that tests the encodings: XML, JSON and URL specials, control
# characters (CR and LF among them), and characters outside the BMP.
SPECIAL_CHARS = "<>&'\"\\/?#%+=;,[]{}!$()*@:~ é€\t\n\r\x01\x1f\x7f\U0001F600\U0001D11E"
PLAIN_CHARS = string.ascii_letters + string.digits + " -_./:+=@%&?~é"
# Doubles of any magnitude. Floats are 32-bit in awsc and written with the
# fewest digits that read back as the same float (0.1f as "0.1", what a
# Python caller writing 0.1 sends); botocore writes the double it is given.
# So floats here are values whose shortest digits are the same either way
# (2.0 ** 100, exact in a float, is "1.2676506e+30" as a float and
# "1.2676506002282294e+30" as a double).
DOUBLES = [1e300, -2.5e-300, 5e-324, 1.7976931348623157e308, 123456789.125, 0.1, 1e21,
           1e-07, 3e16, -0.3333333333333333, 2.0 ** 70]
FLOATS = [0.375, -1024.5, 16777216.0, 1e10, -2.5, 0.1]
INT_BOUNDS = {"integer": (-2 ** 31, 2 ** 31 - 1), "long": (-2 ** 63, 2 ** 63 - 1),
              "short": (-2 ** 15, 2 ** 15 - 1), "byte": (-128, 127)}


class InputMaker:
    """Random valid input for a shape: required members always, optional
    ones often; lengths and values inside min/max; enum values from the
    model; idempotency tokens always set (botocore would otherwise make a
    random one).

    variant: 0 plain values; 1 strings of SPECIAL_CHARS; 2 numbers at the
    model's bounds (or the type's), doubles of any magnitude, timestamps
    with fractions of a second."""

    def __init__(self, rng):
        self.rng = rng
        self.variant = 0
        self.in_header = False
        self.nulls = False  # the last input has a null in a sparse list or map

    def string(self, shape, lo=None, hi=None):
        if shape.enum:
            return self.rng.choice(shape.enum)
        mx = shape.metadata.get("max", 16)
        mn = shape.metadata.get("min", 1 if mx >= 1 else 0)
        mn = max(mn, 1 if mx >= 1 else 0) if lo is None else lo
        mx = min(max(mx, mn), mn + 16) if hi is None else hi
        n = self.rng.randint(mn, mx)
        alphabet = SPECIAL_CHARS if self.variant == 1 else PLAIN_CHARS
        if self.in_header and self.rng.random() < 0.9:
            # control characters in header values are refused (refusals.txt):
            # most header inputs leave them out, to compare the rest
            alphabet = alphabet.translate({ord(c): None for c in "\t\n\r\x01\x1f\x7f"})
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def number(self, t, md):
        if self.variant == 2:
            if t in INT_BOUNDS:
                lo, hi = INT_BOUNDS[t]
                return self.rng.choice([int(md.get("min", lo)), int(md.get("max", hi))])
            if "min" in md or "max" in md:
                return float(self.rng.choice([md.get("min", md.get("max")),
                                              md.get("max", md.get("min"))]))
            return self.rng.choice(FLOATS if t == "float" else DOUBLES)
        if t in INT_BOUNDS:
            mn = int(md.get("min", 0))
            mx = int(md.get("max", mn + 1000))
            return self.rng.randint(mn, max(mn, min(mx, mn + 100000)))
        mn = float(md.get("min", 0))
        mx = float(md.get("max", mn + 1000))
        # values that print the same in C and Python
        return round(self.rng.uniform(mn, mx) * 4) / 4 if mx - mn >= 1 else mn

    def null_or(self, container, item, depth):
        """An item of a list or map: in a sparse one, now and then null
        (None), where botocore can send one (with its parameter
        validation off: it refuses None otherwise)."""
        if container._shape_model.get("sparse"):
            if item.type_name in ("string", "boolean", "long", "integer") and \
                    self.variant != 0 and self.rng.random() < 0.4:
                self.nulls = True
                return None
        return self.value(item, depth + 1)

    def value(self, shape, depth=0, name=""):
        t = shape.type_name
        md = shape.metadata
        if name == "PredictEndpoint":
            # Machine Learning sends Predict to this URL's host
            return self.rng.choice(["https://realtime.machinelearning.us-east-1.amazonaws.com",
                                    "http://127.0.0.1:8080/", "https://Predict.Example.com:8443"])
        if t == "string" and name in LABEL_MEMBERS and not shape.enum:
            n = self.rng.randint(max(md.get("min", 3), 3), min(md.get("max", 20), 20))
            return self.rng.choice(string.ascii_lowercase) + "".join(
                self.rng.choice(string.ascii_lowercase + string.digits + "-")
                for _ in range(n - 2)) + self.rng.choice(string.digits)
        if t == "structure":
            return self.structure(shape, depth)
        if t == "list":
            mn = md.get("min", 0)
            mx = min(max(md.get("max", 3), mn), mn + 3)
            if depth > 4:
                mx = mn
            return [self.null_or(shape, shape.member, depth)
                    for _ in range(self.rng.randint(mn, mx))]
        if t == "map":
            mn = md.get("min", 0)
            mx = min(max(md.get("max", 3), mn), mn + 3)
            if depth > 4:
                mx = mn
            out = {}
            for _ in range(self.rng.randint(mn, mx) * 3):
                if len(out) >= max(mn, 1) and len(out) >= self.rng.randint(mn, mx):
                    break
                out[self.string(shape.key)] = self.null_or(shape, shape.value, depth)
            return out
        if t == "string":
            return self.string(shape)
        if t == "blob":
            mn = md.get("min", 0)
            mx = min(max(md.get("max", 12), mn), mn + 12)
            return bytes(self.rng.randrange(256) for _ in range(self.rng.randint(mn, mx)))
        if t == "boolean":
            return self.rng.choice([True, False])
        if t in ("integer", "long", "short", "byte", "float", "double"):
            return self.number(t, md)
        if t == "timestamp":
            micro = self.rng.randint(1, 999999) if self.variant == 2 else 0
            return datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc) + \
                datetime.timedelta(seconds=self.rng.randint(0, 200_000_000), microseconds=micro)
        raise ValueError(f"no random value for {t}")

    def structure(self, shape, depth):
        if shape.metadata.get("document"):
            return {"doc": [1, "two", {"three": True}]}
        out = {}
        members = shape.members
        required = set(shape.required_members)
        if shape.metadata.get("union"):
            name = self.rng.choice(list(members))
            return {name: self.value(members[name], depth + 1)}
        for name, m in members.items():
            if m.serialization.get("eventpayload") or m.type_name == "structure" and \
                    m.metadata.get("eventstream"):
                continue
            if m.metadata.get("idempotencyToken") or \
                    shape.members[name].serialization.get("idempotencyToken"):
                out[name] = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
                continue
            if name in required or (depth < 3 and self.rng.random() < 0.6):
                if m.serialization.get("location") == "headers" and m.type_name == "map":
                    # a header name is an HTTP token, whatever the model allows
                    out[name] = {"".join(self.rng.choice(HEADER_NAME_CHARS)
                                         for _ in range(self.rng.randint(1, 12))):
                                 self.value(m.value, depth + 2)
                                 for _ in range(self.rng.randint(0, 3))}
                    continue
                self.in_header = m.serialization.get("location") in ("header", "headers")
                out[name] = self.value(m, depth + 1, name)
                self.in_header = False
                if m.serialization.get("jsonvalue") and \
                        m.serialization.get("location") == "header":
                    out[name] = JsonValue(out[name])
        return out


# ------------------------------------------------------------- botocore

def usable_checksum(rng, op, params):
    """The request checksum algorithm the input chooses, among those this
    botocore computes: without a recent CRT it has no CRC64NVME or XXHASH,
    and no release offers MD5. awsc's digests of those are checked against
    published vectors (tests/unit/checksum_test.c) instead."""
    member = op.http_checksum.get("requestAlgorithmMember")
    if not member or member not in params:
        return
    import botocore.httpchecksum as hc
    if params[member].lower() not in hc._SUPPORTED_CHECKSUM_ALGORITHMS:
        params[member] = rng.choice(sorted(hc._SUPPORTED_CHECKSUM_ALGORITHMS)).upper()


class Captured(Exception):
    pass


class FixedToken:
    """The bearer token botocore's signer gets, as a token provider would
    give it."""

    def get_frozen_token(self):
        import botocore.tokens
        return botocore.tokens.FrozenAuthToken(BEARER_TOKEN)


def botocore_request(client, op_name, params):
    """The request botocore sends, captured at before-send."""
    captured = {}

    def before_send(request, **kwargs):
        captured["method"] = request.method
        captured["url"] = request.url
        captured["headers"] = {k: (v.decode() if isinstance(v, bytes) else v)
                               for k, v in request.headers.items()}
        body = request.body
        if body is None:
            body = b""
        elif isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, bytes):
            body = body.read()
        captured["body"] = body
        raise Captured()

    client.meta.events.register_first("before-send", before_send)
    try:
        getattr(client, botocore.xform_name(op_name))(**params)
    except Captured:
        pass
    finally:
        client.meta.events.unregister("before-send", before_send)
    return captured


def to_jsonable(v):
    if isinstance(v, bytes):
        return {"__blob__": base64.b64encode(v).decode()}
    if isinstance(v, datetime.datetime):
        return {"__timestamp__": v.timestamp()}
    if isinstance(v, dict):
        return {k: to_jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_jsonable(x) for x in v]
    return v


def cli_json(v):
    """Input as the command-line tool reads it: blobs base64, timestamps as
    epoch seconds, jsonvalue header members as the JSON text botocore sends."""
    if isinstance(v, JsonValue):
        return json.dumps(str(v), separators=(",", ":"))
    if isinstance(v, bytes):
        return base64.b64encode(v).decode()
    if isinstance(v, datetime.datetime):
        if v.microsecond:
            return v.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return int(v.timestamp())
    if isinstance(v, dict):
        return {k: cli_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [cli_json(x) for x in v]
    return v


# ------------------------------------------------------------ comparing

def xml_tree(data):
    def norm(e):
        return (e.tag, sorted(e.attrib.items()), (e.text or "").strip(), [norm(c) for c in e])
    return norm(ET.fromstring(data))


def body_equal(protocol, a, b, content_type, content_encoding=""):
    if a == b:
        return True
    if not a or not b:
        return False
    if "gzip" in (content_encoding or ""):
        import gzip
        try:
            a, b = gzip.decompress(a), gzip.decompress(b)
        except OSError:
            return False
    try:
        if protocol in ("json", "rest-json") and "json" in (content_type or ""):
            return json.loads(a) == json.loads(b)
        if protocol in ("query", "ec2"):
            return parse_qsl(a.decode(), keep_blank_values=True) == \
                parse_qsl(b.decode(), keep_blank_values=True)
        if protocol == "rest-xml" and a.lstrip().startswith(b"<"):
            return xml_tree(a) == xml_tree(b)
    except Exception:
        return False
    return False


def sigv4a_diffs(ours, ours_auth, theirs_auth):
    """SigV4a signatures are ECDSA, different at every signing: the
    Authorization headers must agree up to the signature, and botocore's
    signature (the CRT's) must verify with the public key awsc derives
    from the credentials, over awsc's string to sign; so must awsc's."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    diffs = []
    o_base, _, o_sig = ours_auth.rpartition("Signature=")
    t_base, _, t_sig = theirs_auth.rpartition("Signature=")
    if o_base != t_base:
        diffs.append(f"header authorization: awsc {ours_auth!r} botocore {theirs_auth!r}")
    key = ec.EllipticCurvePublicKey.from_encoded_point(
        ec.SECP256R1(), bytes.fromhex(ours["sigv4a_public_key"]))
    for who, sig in (("botocore", t_sig), ("awsc", o_sig)):
        try:
            key.verify(bytes.fromhex(sig), ours["string_to_sign"].encode(),
                       ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            diffs.append(f"{who}'s SigV4a signature does not verify with awsc's public key and "
                         f"string to sign:\n{ours['string_to_sign']}")
    return diffs


def first_param_diff(a, b):
    """The first parameter where two forms differ, in full."""
    pa = parse_qsl(a.decode(errors="replace"), keep_blank_values=True)
    pb = parse_qsl(b.decode(errors="replace"), keep_blank_values=True)
    for i in range(max(len(pa), len(pb))):
        x = pa[i] if i < len(pa) else None
        y = pb[i] if i < len(pb) else None
        if x != y:
            return f"  parameter {i}: awsc {x!r}\n    botocore {y!r}"
    return "  the same parameters"


def compare(protocol, ours, theirs, ignored):
    diffs = []
    if ours["method"] != theirs["method"]:
        diffs.append(f"method: awsc {ours['method']} botocore {theirs['method']}")
    # botocore appends "?" (or "&" after the URI's own query) whenever a
    # query member is set, even one that adds no parameter (an empty
    # list): the same request, and the same canonical query string
    if theirs["url"][-1:] in ("?", "&") and ours["url"] == theirs["url"][:-1]:
        theirs = dict(theirs, url=ours["url"])
    if ours["url"] != theirs["url"]:
        diffs.append(f"url: awsc {ours['url']}\n       botocore {theirs['url']}")
    # white space around a field value is not part of it (RFC 9110 5.5):
    # botocore leaves it, awsc trims it
    oh = {k.lower(): v.strip(" \t") for k, v in ours["headers"].items()
          if k.lower() not in ignored}
    th = {k.lower(): v.strip(" \t") for k, v in theirs["headers"].items()
          if k.lower() not in ignored}
    # botocore leaves Host to the HTTP layer when it does not sign (authtype
    # none): on the wire it is the URL's host either way
    if "host" not in th and "host" not in ignored:
        th["host"] = urlsplit(theirs["url"]).netloc
    if "sigv4a_public_key" in ours:
        diffs += sigv4a_diffs(ours, oh.pop("authorization", ""), th.pop("authorization", ""))
    for k in sorted(set(oh) | set(th)):
        if oh.get(k) != th.get(k):
            diffs.append(f"header {k}: awsc {oh.get(k)!r} botocore {th.get(k)!r}")
    obody = base64.b64decode(ours["body"])
    if not body_equal(protocol, obody, theirs["body"], th.get("content-type"),
                      th.get("content-encoding")):
        diffs.append(f"body: awsc {obody[:300]!r}\n      botocore {theirs['body'][:300]!r}")
        if protocol in ("query", "ec2"):
            diffs.append(first_param_diff(obody, theirs["body"]))
    return diffs


def load_list(name):
    path = os.path.join(HERE, name)
    out = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                key, _, reason = line.partition(" ")
                out[key.lower() if name.startswith("ignored") else key] = reason.strip()
    return out


def backslash_in_header_list(ours, theirs, ignored):
    """A quoted string in a list header whose backslashes awsc escapes and
    botocore does not: every other header the same."""
    oh = {k.lower(): v for k, v in ours["headers"].items()}
    th = {k.lower(): v for k, v in theirs["headers"].items()}
    differ = [k for k in set(oh) | set(th)
              if oh.get(k) != th.get(k) and k not in ignored and k != "authorization"]
    return bool(differ) and all(
        k in oh and k in th and '\\' in th[k] and '"' in oh[k] and
        oh[k].replace('\\\\', '\\') == th[k] for k in differ)


def load_refusals():
    """refusals.txt: (text in awsc's error, reason) pairs."""
    out = []
    with open(os.path.join(HERE, "refusals.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            text, _, reason = line.rstrip("\n").partition("\t")
            out.append((text, reason))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True, help="the request_dump program")
    ap.add_argument("--services", default="", help="comma-separated; default: all compiled")
    ap.add_argument("--protocol", default="", help="only services of these protocols (a,b)")
    ap.add_argument("--seed", type=int, default=20231114)
    ap.add_argument("--inputs", type=int, default=1, help="random inputs per operation")
    ap.add_argument("--show", type=int, default=10, help="differences to print in full")
    ap.add_argument("--botocore", default="",
                    help="botocore's source folder (the release models/ comes from)")
    ap.add_argument("--models", default=os.path.join(HERE, "..", "..", "models"))
    ap.add_argument("--env", action="append", default=[],
                    help="NAME=VALUE in the environment of both SDKs (a setting both read)")
    args = ap.parse_args()

    if not args.botocore or not os.path.isfile(os.path.join(args.botocore, "botocore",
                                                            "__init__.py")):
        print(f"SKIP: no botocore source at {args.botocore or '(none given)'} "
              "(meson option botocore_src): the differential test needs the botocore "
              "release that models/ comes from")
        return SKIP
    version = load_botocore(os.path.abspath(args.botocore), os.path.abspath(args.models))
    for item in args.env:
        name, _, value = item.partition("=")
        os.environ[name] = value
    print(f"botocore {version} from {args.botocore}")

    ignored = load_list("ignored-headers.txt")
    refusals = load_refusals()
    refused = {}
    gzipped = 0
    nulls_sent = 0
    skips = load_list("skip.txt")
    compiled = exe_wrapper.run([args.dump, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    services = [s for s in args.services.split(",") if s] or compiled
    missing = [s for s in services if s not in compiled]
    if missing:
        sys.exit(f"botocore_diff: not compiled into {args.dump}: {', '.join(missing)}")

    session = botocore.session.get_session()
    protocols = set(p for p in args.protocol.split(",") if p)
    stats = {}
    shown = 0
    failed = skipped = compared = 0
    cfg = Config(retries={"mode": "standard", "max_attempts": 3},
                 parameter_validation=True, user_agent="awsc-diff",
                 request_min_compression_size_bytes=MIN_COMPRESSION_SIZE)
    for svc in services:
        model = session.get_service_model(svc)
        protocol = model.resolved_protocol
        if protocols and protocol not in protocols:
            continue
        client = session.create_client(
            svc, region_name=REGION, endpoint_url=ENDPOINT, aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY, aws_session_token=SESSION_TOKEN, config=cfg)
        client._request_signer._auth_token = FixedToken()
        unvalidated = None  # the client for inputs with nulls in sparse lists and maps
        rng = random.Random(f"{args.seed}:{svc}")
        maker = InputMaker(rng)
        cases = []
        for k, op_name in enumerate(model.operation_names):
            key = f"{svc}.{op_name}"
            if key in skips or svc in skips:
                skipped += 1
                continue
            op = model.operation_model(op_name)
            for i in range(args.inputs):
                maker.variant = (k + i) % 3
                maker.nulls = False
                params = maker.structure(op.input_shape, 0) if op.input_shape else {}
                usable_checksum(rng, op, params)
                try:
                    if maker.nulls and unvalidated is None:
                        unvalidated = session.create_client(
                            svc, region_name=REGION, endpoint_url=ENDPOINT,
                            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                            aws_session_token=SESSION_TOKEN,
                            config=cfg.merge(Config(parameter_validation=False)))
                        unvalidated._request_signer._auth_token = FixedToken()
                    theirs = botocore_request(unvalidated if maker.nulls else client, op_name,
                                              params)
                    if maker.nulls:
                        nulls_sent += 1
                except Exception as e:  # botocore refused the input
                    theirs = {"error": f"{type(e).__name__}: {e}"}
                cases.append((op_name, params, theirs))
        lines = "".join(f"{svc}\t{op}\t{json.dumps(cli_json(p))}\n" for op, p, _ in cases)
        run = exe_wrapper.run([args.dump, "--region", REGION, "--endpoint-url", ENDPOINT,
                              "--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY,
                              "--session-token", SESSION_TOKEN,
                              "--time", str(int(FIXED_TIME.replace(
                                  tzinfo=datetime.timezone.utc).timestamp())),
                              "--invocation-id", INVOCATION_ID,
                              "--min-compression-size", str(MIN_COMPRESSION_SIZE),
                              "--bearer-token", BEARER_TOKEN],
                              input=lines, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr[-2000:])
            sys.exit(f"botocore_diff: request_dump failed for {svc}")
        outs = [json.loads(x) for x in run.stdout.splitlines()]
        if len(outs) != len(cases):
            sys.exit(f"botocore_diff: {svc}: {len(cases)} inputs but {len(outs)} results")
        st = stats.setdefault(protocol, [0, 0])
        for (op_name, params, theirs), ours in zip(cases, outs):
            if "error" in theirs:
                skipped += 1
                if shown < args.show:
                    print(f"SKIP {svc}.{op_name}: botocore refused the input: {theirs['error'][:200]}")
                continue
            error = ours.get("error", "")
            if not error and backslash_in_header_list(ours, theirs, ignored):
                error = "check:header-list-backslash"
            if not error and protocol == "rest-xml" and "&#13;" in base64.b64decode(
                    ours["body"]).decode("utf-8", "replace") and base64.b64decode(
                    ours["body"]).replace(b"&#13;", b"\r") == theirs["body"]:
                error = "check:xml-cr"
            reason = next((r for text, r in refusals if text in error), None)
            if reason:
                refused[reason] = refused.get(reason, 0) + 1
                continue
            compared += 1
            st[0] += 1
            if "gzip" in {k.lower(): v for k, v in theirs["headers"].items()}.get(
                    "content-encoding", ""):
                gzipped += 1
            if "error" in ours:
                diffs = [f"awsc failed: {ours['error']}"]
            else:
                diffs = compare(protocol, ours, theirs, ignored)
            if diffs:
                failed += 1
                st[1] += 1
                if shown < args.show:
                    shown += 1
                    print(f"DIFF {svc}.{op_name} ({protocol})")
                    print("  input: " + json.dumps(to_jsonable(params))[:600])
                    for d in diffs:
                        print("  " + d)
    for proto, (n, bad) in sorted(stats.items()):
        print(f"{proto}: {n} operations compared, {bad} differ")
    if nulls_sent:
        print(f"{nulls_sent} inputs had nulls in sparse lists or maps")
    if gzipped:
        print(f"{gzipped} of the requests compared were gzip-compressed (requestcompression)")
    for reason, n in sorted(refused.items()):
        print(f"deliberate difference (refusals.txt), {n} inputs: {reason}")
    print(f"{compared - failed} passed, {failed} failed, {skipped + sum(refused.values())} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
