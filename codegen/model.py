"""Service models: loading, C naming and layout decisions.

A Model wraps one botocore service-2 model and decides, once, everything
the templates print: the C name of every type, member and constant, which
shapes are emitted, the order of definitions, and the trimmed doc comments.
The templates only print what this module computed.
"""
import functools
import gzip
import html
import json
import os
import re

# Member names. A model member whose snake_case name is a keyword of C
# (C11 or C23) or C++ (up to C++23, with the alternative operator spellings
# such as `and` and `not`), or a name the C library may define as a macro,
# gets a trailing underscore: Delete -> delete_, And -> and_, Return ->
# return_, Bool -> bool_. Its presence flag keeps the plain name
# (has_return). Two members that still collide after that (or a member
# named like the generator's own `unused_`) stop the generator: no name
# takes a numeric suffix (README, "Names"). The headers are then valid C and C++ alike (README, "C++").
C_KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double",
    "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
    "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
    "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
    "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
    "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "asm",
    # C23
    "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert",
    "thread_local", "true", "typeof", "typeof_unqual",
}
CPP_KEYWORDS = {
    "and", "and_eq", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t",
    "class", "co_await", "co_return", "co_yield", "compl", "concept", "consteval",
    "constinit", "const_cast", "decltype", "delete", "dynamic_cast", "explicit",
    "export", "friend", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "operator", "or", "or_eq", "private", "protected", "public", "reflexpr",
    "reinterpret_cast", "requires", "static_cast", "template", "this", "throw", "try",
    "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
}
# names the C library may define as macros
C_MACRO_NAMES = {"errno", "NULL", "offsetof", "assert", "stdin", "stdout", "stderr",
                 "EOF", "NDEBUG",
                 # and those GCC and Clang predefine in their GNU modes
                 "linux", "unix"}
KEYWORDS = C_KEYWORDS | CPP_KEYWORDS | C_MACRO_NAMES


def member_ident(name):
    """A member's C identifier for its snake_case name: keywords of C and
    C++ (and the C library's macro names) take a trailing underscore."""
    return name + "_" if name in KEYWORDS else name


SCALAR_C_TYPES = {
    "string": "const char *",
    "blob": "struct awsc_blob",
    "boolean": "bool",
    "byte": "int8_t",
    "short": "int16_t",
    "integer": "int32_t",
    "long": "int64_t",
    "float": "float",
    "double": "double",
    "timestamp": "struct awsc_timestamp",
}
HAS_PRESENCE = {"boolean", "byte", "short", "integer", "long", "float", "double", "timestamp"}

SHAPE_TYPE_ENUM = {
    "structure": "AWSC_SHAPE_STRUCTURE", "list": "AWSC_SHAPE_LIST", "map": "AWSC_SHAPE_MAP",
    "string": "AWSC_SHAPE_STRING", "blob": "AWSC_SHAPE_BLOB", "boolean": "AWSC_SHAPE_BOOLEAN",
    "byte": "AWSC_SHAPE_BYTE", "short": "AWSC_SHAPE_SHORT", "integer": "AWSC_SHAPE_INTEGER",
    "long": "AWSC_SHAPE_LONG", "float": "AWSC_SHAPE_FLOAT", "double": "AWSC_SHAPE_DOUBLE",
    "timestamp": "AWSC_SHAPE_TIMESTAMP", "document": "AWSC_SHAPE_DOCUMENT",
}
TIMESTAMP_FORMATS = {
    None: "AWSC_TSFMT_DEFAULT", "iso8601": "AWSC_TSFMT_ISO8601",
    "rfc822": "AWSC_TSFMT_RFC822", "unixtimestamp": "AWSC_TSFMT_EPOCH",
}
LOCATIONS = {
    None: "AWSC_LOC_BODY", "header": "AWSC_LOC_HEADER", "headers": "AWSC_LOC_HEADERS",
    "uri": "AWSC_LOC_URI", "querystring": "AWSC_LOC_QUERY", "statusCode": "AWSC_LOC_STATUS_CODE",
}
PROTOCOLS = {
    "json": "AWSC_PROTO_JSON", "rest-json": "AWSC_PROTO_REST_JSON",
    "rest-xml": "AWSC_PROTO_REST_XML", "query": "AWSC_PROTO_QUERY", "ec2": "AWSC_PROTO_EC2",
    "smithy-rpc-v2-cbor": "AWSC_PROTO_RPC_V2_CBOR",
}
# botocore's order of preference among the protocols a model offers (its
# metadata's "protocols" list): the first of these the model lists is used.
PROTOCOL_PRIORITY = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")
# The auth trait's schemes as botocore 1.43.67 names them (auth.py's
# AUTH_TYPE_TO_SIGNATURE_VERSION), and what awsc signs with for each of the
# signature versions an operation or service resolves to.
AUTH_SCHEMES = {
    "aws.auth#sigv4": "v4", "aws.auth#sigv4a": "v4a",
    "smithy.api#httpBearerAuth": "bearer", "smithy.api#noAuth": "none",
}
AUTH_TYPES = {
    "v4": "AWSC_AUTH_SIGV4", "s3v4": "AWSC_AUTH_SIGV4", "v2": "AWSC_AUTH_SIGV4",
    "none": "AWSC_AUTH_NONE", "v4-unsigned-body": "AWSC_AUTH_SIGV4_UNSIGNED_BODY",
    "bearer": "AWSC_AUTH_BEARER", "v4a": "AWSC_AUTH_SIGV4A",
}


def resolve_auth_trait(trait, where):
    """botocore's resolve_auth_type: the first scheme of an auth trait list
    that botocore signs with (with the CRT, which awsc matches: SigV4a
    included); noAuth at once."""
    for scheme in trait:
        if scheme not in AUTH_SCHEMES:
            raise SystemExit(f"awsc-gen: {where}: unknown auth scheme {scheme}")
        return AUTH_SCHEMES[scheme]
    raise SystemExit(f"awsc-gen: {where}: an empty auth trait")


def resolve_operation_auth(meta, raw, where):
    """The signature version botocore uses for an operation: the
    operation's auth trait, else its authtype, else the service's (its
    metadata's auth trait, else signatureVersion); then, as
    handlers.set_operation_specific_signer does, an unsigned payload
    (unsignedPayload, v4-unsigned-body) only where the operation itself
    names an auth type."""
    if "auth" in raw:
        op_type = resolve_auth_trait(raw["auth"], where)
    else:
        op_type = raw.get("authtype")
    if op_type and op_type.startswith("v4") and raw.get("unsignedPayload"):
        op_type = "v4-unsigned-body" if op_type == "v4" else op_type
    if op_type == "v4a" and raw.get("unsignedPayload"):
        raise SystemExit(f"awsc-gen: {where}: SigV4a with an unsigned payload is not supported")
    if op_type:
        return op_type
    if meta.get("auth"):
        return resolve_auth_trait(meta["auth"], where)
    return meta.get("signatureVersion") or "v4"

# Behaviour beyond the model that the runtime adds for some services; each
# flag is documented in include/awsc/shape.h and has its own test.
SERVICE_FLAGS = {
    "dynamodb": ["AWSC_SVC_CRC32"],
    "apigateway": ["AWSC_SVC_ACCEPT_JSON"],
    "glacier": ["AWSC_SVC_GLACIER"],
    "route53": ["AWSC_SVC_ROUTE53_IDS"],
    "s3": ["AWSC_SVC_S3"],
    "rds": ["AWSC_SVC_SOURCE_REGION"],
    "neptune": ["AWSC_SVC_SOURCE_REGION"],
    "docdb": ["AWSC_SVC_SOURCE_REGION"],
    "ec2": ["AWSC_SVC_SOURCE_REGION"],
    "machinelearning": ["AWSC_SVC_PREDICT_ENDPOINT"],
    "sqs": ["AWSC_SVC_ERROR_SHAPE_BY_TYPE"],
    # botocore's enable_millisecond_timestamp_precision (creating-serializer)
    "bedrock-agentcore": ["AWSC_SVC_MS_TIMESTAMPS"],
}

# Shapes the runtime treats apart, by service and shape name; each flag is
# documented in include/awsc/shape.h. Route 53's ids may come with their
# path (AWSC_SVC_ROUTE53_IDS).
SHAPE_FLAGS = {
    "route53": {"ResourceId": "AWSC_SF_ID_PATH", "DelegationSetId": "AWSC_SF_ID_PATH",
                "ChangeId": "AWSC_SF_ID_PATH"},
}

# Services whose signing botocore 1.29.27 takes from its legacy
# endpoints.json rather than from the model: AWS Import/Export's model says
# signatureVersion "v2", but endpoints.json lists v4 for it (botocore picks
# v4 when offered) with the credential scope's service "IngestionService".
LEGACY_SIGNING = {
    "importexport": {"signing_name": "IngestionService", "signature_version": "v4"},
}

# Services botocore signs with its s3v4 signer (the model's signatureVersion
# "s3" or "s3v4"): AWSC_SVC_S3_SIGNING.
S3_SIGNATURE_VERSIONS = ("s3", "s3v4")

# The httpChecksum trait's algorithm names -> AWSC_CHECKSUM_* bits.
CHECKSUM_ALGORITHMS = {
    "CRC32": "AWSC_CHECKSUM_CRC32", "CRC32C": "AWSC_CHECKSUM_CRC32C",
    "SHA1": "AWSC_CHECKSUM_SHA1", "SHA256": "AWSC_CHECKSUM_SHA256",
    "CRC64NVME": "AWSC_CHECKSUM_CRC64NVME", "SHA512": "AWSC_CHECKSUM_SHA512",
    "MD5": "AWSC_CHECKSUM_MD5", "XXHASH64": "AWSC_CHECKSUM_XXHASH64",
    "XXHASH3": "AWSC_CHECKSUM_XXHASH3", "XXHASH128": "AWSC_CHECKSUM_XXHASH128",
}

# The same for single operations (AWSC_OF_* in include/awsc/shape.h).
OPERATION_FLAGS = {
    ("cloudsearchdomain", "Search"): ["AWSC_OF_GET_AS_POST"],
}

# Operations botocore sends unsigned though their model does not say so
# (its handlers disable signing for them): they need no credentials.
UNSIGNED_OPERATIONS = {
    ("sts", "AssumeRoleWithSAML"),
    ("sts", "AssumeRoleWithWebIdentity"),
}

# Input members that botocore sends base64-encoded although the model says
# they are plain strings (its handlers encode them): (service, operation,
# member). The caller gives the text; the protocol encodes it.
BASE64_TEXT_MEMBERS = {
    ("ec2", "RunInstances", "UserData"),
    ("autoscaling", "CreateLaunchConfiguration", "UserData"),
}

# Members kept out of the debug log (AWSC_MF_SENSITIVE) although the model
# does not mark them sensitive: credentials that services hand out or take
# (STS, Cognito Identity, GameLift, Lake Formation ... return a secret key
# and a session token in plain members), presigned URLs (whoever holds one
# can make the request it signs; RDS's and EC2's carry the caller's session
# token too), and the tokens STS's role assumption takes. Member names,
# compared without regard to case, in every service; then (service,
# member) pairs.
SENSITIVE_MEMBER_NAMES = {"secretaccesskey", "secretkey", "sessiontoken", "presignedurl"}
SENSITIVE_MEMBERS = {
    ("sts", "WebIdentityToken"),
    ("sts", "SAMLAssertion"),
}

# The services built by default: every protocol is among them.
DEFAULT_SERVICES = [
    "dynamodb", "kinesis", "s3", "sqs", "sns", "sts", "ssm", "sesv2", "lambda", "ec2", "iam",
    "bedrock-runtime", "cloudwatch",
]


# ---------------------------------------------------------------- loading

def _load_json(path):
    for candidate in (path, path + ".gz") if not path.endswith(".gz") else (path,):
        if os.path.exists(candidate):
            opener = gzip.open if candidate.endswith(".gz") else open
            with opener(candidate, "rt", encoding="utf-8") as f:
                return json.load(f)
    return None


def service_dir(models_dir, service):
    base = os.path.join(models_dir, service)
    if not os.path.isdir(base):
        raise SystemExit(f"awsc-gen: no service '{service}' in {models_dir}")
    versions = sorted(v for v in os.listdir(base)
                      if _load_json(os.path.join(base, v, "service-2.json")) is not None)
    if not versions:
        raise SystemExit(f"awsc-gen: {base} has no service-2 model")
    return os.path.join(base, versions[-1])


def load_service(models_dir, service):
    d = service_dir(models_dir, service)
    model = _load_json(os.path.join(d, "service-2.json"))
    return model


def list_services(models_dir, spec):
    """The services named by -Dservices: 'default', 'all' or a list."""
    spec = spec.strip()
    everything = sorted(
        n for n in os.listdir(models_dir)
        if os.path.isdir(os.path.join(models_dir, n)) and not n.startswith("_"))
    if spec == "all":
        return everything
    names = DEFAULT_SERVICES if spec in ("", "default") else \
        [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [n for n in names if n not in everything]
    if unknown:
        raise SystemExit("awsc-gen: unknown service(s) in -Dservices: " + ", ".join(unknown))
    return sorted(set(names))


def choose_protocol(meta, service, prefer=None):
    """The protocol a service is built for: the one named by prefer (from
    -Dprotocols) when the model offers it, else the first of the model's
    "protocols" list in botocore's order of preference, else its
    "protocol"."""
    offered = meta.get("protocols") or [meta["protocol"]]
    if prefer:
        if prefer not in offered:
            raise SystemExit(f"awsc-gen: {service}: -Dprotocols asks for {prefer}, but the model "
                             f"offers only {', '.join(offered)}")
        if prefer not in PROTOCOLS:
            raise SystemExit(f"awsc-gen: {service}: protocol {prefer} is not supported")
        return prefer
    for p in PROTOCOL_PRIORITY:
        if p in offered and p in PROTOCOLS:
            return p
    raise SystemExit(f"awsc-gen: {service}: no supported protocol among {', '.join(offered)}")


def protocol_overrides(spec):
    """-Dprotocols: "service=protocol,service=protocol" -> dict."""
    out = {}
    for item in (spec or "").split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, proto = item.partition("=")
        if not sep or not name.strip() or not proto.strip():
            raise SystemExit(f"awsc-gen: -Dprotocols: '{item}' is not service=protocol")
        out[name.strip()] = proto.strip()
    return out


# ----------------------------------------------------------------- naming

def snake(name):
    """CamelCase -> snake_case, keeping acronyms together: SSEKMSKeyId ->
    ssekms_key_id, DBInstanceARN -> db_instance_arn, S3Key -> s3_key."""
    s = re.sub(r"[^A-Za-z0-9]+", "_", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"_+", "_", s).strip("_").lower()
    if not s:
        s = "x"
    if s[0].isdigit():
        s = "n" + s
    return s


def upper_ident(text):
    s = re.sub(r"[^A-Za-z0-9]+", "_", text)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"_+", "_", s).strip("_").upper()
    return s or "EMPTY"


def c_string(s):
    """A C string literal for s: escapes, no trigraphs, UTF-8 as octal."""
    if s is None:
        return "NULL"
    out = ['"']
    prev = ""
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "?" and prev == "?":
            out.append("\\?")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            for byte in ch.encode("utf-8"):
                out.append("\\%03o" % byte)
        prev = ch
    out.append('"')
    return "".join(out)


class Strings:
    """A string pool of generated tables: each entry one or more
    strings, each ending with its NUL, stored once however often the
    tables name it."""

    def __init__(self):
        self.offsets, self.entries, self.size = {}, [], 0

    def add(self, *parts):
        raw = "\0".join(parts)
        if raw not in self.offsets:
            self.offsets[raw] = self.size
            self.entries.append((self.size, parts))
            self.size += len(raw.encode("utf-8")) + 1
        return self.offsets[raw]

    def lines(self):
        """(offset, C literal) of each entry; the array's own NUL ends the
        last one."""
        out = []
        for k, (at, parts) in enumerate(self.entries):
            text = " ".join(c_string(p)[:-1] + '\\0"' for p in parts)
            if k == len(self.entries) - 1:
                text = text[:-3] + '"'
            out.append((at, text))
        return out


class Names:
    """Hands out unique identifiers within one namespace. A name is never
    given a numeric suffix: the callers apply the naming rules (README,
    "Names"), and a clash those rules do not settle stops the generator
    with a message naming both, so a new rule can be written down."""

    def __init__(self, taken=(), where="", others=frozenset()):
        self.taken = set(taken)
        self.where = where
        # names another service's header has, which this one's yield to
        # with a trailing underscore (foreign_type_names())
        self.others = others

    def _final(self, want):
        return want + "_" if want in self.others else want

    def free(self, name):
        return self._final(name) not in self.taken

    def get(self, want, what="name"):
        want = self._final(want)
        if want in self.taken:
            raise SystemExit(f"awsc-gen: {self.where}: the {what} {want} is taken by another "
                             "one; no naming rule settles this clash (README, \"Names\")")
        self.taken.add(want)
        return want


# ------------------------------------------------------------------ docs

_TAG = re.compile(r"<[^>]+>")


def doc_text(raw, limit=300):
    """The first part of a model documentation string as plain text."""
    if not raw:
        return ""
    text = raw
    # keep only the first paragraph when there are several
    m = re.search(r"</p>\s*<p>", text)
    if m and m.start() > 40:
        text = text[:m.start()]
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        cut = text.rfind(". ", 0, limit)
        text = text[:cut + 1] if cut > limit // 3 else text[:limit].rsplit(" ", 1)[0] + " ..."
    return text


def comment_lines(text, width=76):
    """Wrap text for a C comment; never lets '*/' or trigraphs through."""
    if not text:
        return []
    text = text.replace("*/", "* /").replace("/*", "/ *").replace("??", "? ?")
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- the model

class Member:
    pass


class Shape:
    pass


def service_c_name(service):
    """A service's part of its C names: pinpoint-email → pinpoint_email."""
    return re.sub(r"[^a-z0-9]+", "_", service.lower())


@functools.lru_cache(maxsize=None)
def foreign_type_names(models_dir, service):
    """The type names (after awsc_<c>_) that services whose C name begins
    this one's already have: Pinpoint's EmailMessage is
    awsc_pinpoint_email_message, which Pinpoint Email's Message would be
    too. The service with the longer name yields: its type takes a
    trailing underscore (README, "Names"). The shorter-named service's own
    names are settled first, by the same rule."""
    c = service_c_name(service)
    out = set()
    for other in sorted(os.listdir(models_dir)):
        oc = service_c_name(other)
        if other == service or not c.startswith(oc + "_") or \
                not os.path.isdir(os.path.join(models_dir, other)):
            continue
        m = Model(load_service(models_dir, other), other, docs=False,
                  foreign_types=foreign_type_names(models_dir, other))
        lead = c[len(oc) + 1:] + "_"
        out.update(t[len(lead):] for t in m.type_names.taken if t.startswith(lead))
    return frozenset(out)


class Model:
    """Everything the templates need for one service."""

    def __init__(self, raw, service, c_prefix=None, docs=True, protocol=None,
                 foreign_types=frozenset()):
        self.raw = raw
        self.service = service                       # models/ folder name
        self.c = c_prefix or service_c_name(service)
        self.C = self.c.upper()
        self.meta = raw["metadata"]
        self.protocol = choose_protocol(self.meta, service, protocol)
        self.docs = docs
        # type names after awsc_<c>_ that a service with a shorter name
        # already has (foreign_type_names())
        self.type_names = Names(where=service, others=foreign_types)
        self.macro_names = Names(where=service)
        self.func_names = Names(where=service)
        self._build()

    # -- helpers
    def type_of(self, sname):
        s = self.raw["shapes"][sname]
        if s["type"] == "structure" and s.get("document"):
            return "document"
        if s["type"] == "character":
            # an old shape type (botocore's legacy protocol suites): botocore
            # passes its value through as it passes a string's
            return "string"
        return s["type"]

    def _reachable(self):
        shapes = self.raw["shapes"]
        seen = set()
        order = []

        def visit(name):
            if name in seen:
                return
            if name not in shapes:
                raise SystemExit(f"awsc-gen: {self.service}: shape {name} is not defined")
            seen.add(name)
            s = shapes[name]
            for m in s.get("members", {}).values():
                visit(m["shape"])
            for k in ("member", "key", "value"):
                if k in s:
                    visit(s[k]["shape"])
            order.append(name)

        for op in self.raw["operations"].values():
            for k in ("input", "output"):
                if k in op:
                    visit(op[k]["shape"])
            for e in op.get("errors", []):
                visit(e["shape"])
        for name, s in shapes.items():
            if s.get("exception") or s.get("error"):
                visit(name)
        return [n for n in shapes if n in seen]   # model order, deterministic

    def _group_shapes(self, names, uses):
        """The lists and maps of the service grouped by their C type: the C
        type of their items (a map's values), and whether they have is_null
        (include/awsc/shape.h). Each group is a list of shape names, the one
        that names the type first: of the shapes whose model name ends in
        "List" (lists) or "Map" (maps), else of all, the one most often
        used (as a member, a list's item or a map's value), then the
        shortest name, then the first in alphabetical order. Groups come
        in model order of their first shape."""
        shapes = self.raw["shapes"]
        sigs = {}

        def sig(sname, depth=0):
            if sname in sigs:
                return sigs[sname]
            if depth > 100:
                raise SystemExit(f"awsc-gen: {self.service}: shape {sname} holds itself "
                                 "without a structure between")
            t = self.type_of(sname)
            raw = shapes[sname]
            if t == "structure":
                r = ("structure", sname)
            elif t in ("list", "map"):
                item = raw["member"]["shape"] if t == "list" else raw["value"]["shape"]
                null = bool(raw.get("sparse")) and self.type_of(item) != "string"
                r = (t, sig(item, depth + 1), null)
            elif t == "blob" and raw.get("streaming"):
                r = ("stream",)
            else:
                r = (t if t not in SCALAR_C_TYPES else SCALAR_C_TYPES[t],)
            sigs[sname] = r
            return r

        groups = {}
        for sname in names:
            if self.type_of(sname) in ("list", "map"):
                groups.setdefault(sig(sname), []).append(sname)
        out = []
        for members in groups.values():
            kind = "List" if self.type_of(members[0]) == "list" else "Map"
            pool = [n for n in members if n.endswith(kind)] or members
            rep = min(pool, key=lambda n: (-len(uses.get(n, [])), len(n), n))
            out.append([rep] + [n for n in members if n != rep])
        return out

    def _build(self):
        shapes = self.raw["shapes"]
        ops = self.raw["operations"]
        # botocore merges an operation's input or output reference over its
        # shape: a "payload" named there is the shape's (botocore's legacy
        # protocol suites put it there)
        for o in ops.values():
            for ref in (o.get("input"), o.get("output")):
                if ref and "payload" in ref:
                    shapes[ref["shape"]].setdefault("payload", ref["payload"])
        names = self._reachable()

        # Operation inputs/outputs used by exactly one operation and nowhere
        # else are named after the operation: <op>_input / <op>_output.
        uses = {}
        for sname in names:
            s = shapes[sname]
            for m in s.get("members", {}).values():
                uses.setdefault(m["shape"], []).append(("member", sname))
            for k in ("member", "key", "value"):
                if k in s:
                    uses.setdefault(s[k]["shape"], []).append(("member", sname))
        for oname, op in ops.items():
            for k in ("input", "output"):
                if k in op:
                    uses.setdefault(op[k]["shape"], []).append((k, oname))
        # Lists and maps: one C type for all the shapes with the same C
        # item (or value) type (README, "Names").
        self.type_groups = self._group_shapes(names, uses)
        # The names the model gives: a structure's, and a list's or map's
        # group's.
        natural = {}
        for sname in names:
            if self.type_of(sname) == "structure":
                natural.setdefault(snake(sname), sname)
        for g in self.type_groups:
            natural.setdefault(snake(g[0]), g[0])
        preferred = {}
        # An event stream that one operation's output alone holds is that
        # operation's event: <op>_event, the type its event callback takes
        # (unless another shape is called so: Kinesis' SubscribeToShardEvent).
        for sname, u in uses.items():
            if shapes[sname].get("eventstream") and len(u) == 1 and u[0][0] == "member":
                holder = uses.get(u[0][1], [])
                want = snake(holder[0][1]) + "_event" if holder else None
                if len(holder) == 1 and holder[0][0] == "output" and want not in natural:
                    preferred[sname] = want
                    if natural.get(snake(sname)) == sname:
                        del natural[snake(sname)]
        # An operation's input or output that nothing else uses is
        # <op>_input / <op>_output, unless a shape of the model is called so:
        # then that shape keeps its name and the input or output keeps its
        # own (Bedrock Runtime's Converse returns ConverseResponse, since
        # ConverseOutput is a member of it).
        for sname, u in uses.items():
            if len(u) == 1 and u[0][0] in ("input", "output"):
                want = snake(u[0][1]) + "_" + u[0][0]
                if natural.get(want, sname) == sname:
                    preferred[sname] = want

        self.shapes = {}
        for sname in names:
            raw = shapes[sname]
            sh = Shape()
            sh.name = sname
            sh.raw = raw
            sh.type = self.type_of(sname)
            sh.var = "s_" + sname
            sh.item_wire = sh.key_wire = sh.item_ns = sh.key_ns = None
            sh.doc = comment_lines(doc_text(raw.get("documentation"))) if self.docs else []
            self.shapes[sname] = sh

        # C type names for the shapes that have their own type: a
        # structure's from its name (or its operation's), a list's or map's
        # from the shape that names its group; a map's entries are
        # <map>_entry, or <map>_map_entry where a shape is called <map>_entry
        # (S3's Metadata beside its structure MetadataEntry).
        tn = self.type_names
        for sname in names:
            sh = self.shapes[sname]
            if sh.type == "structure":
                sh.c_type = f"struct awsc_{self.c}_{tn.get(preferred.get(sname, snake(sname)), 'type')}"
        self.list_types, self.map_types = [], []
        for g in self.type_groups:
            rep = self.shapes[g[0]]
            rep.c_type = f"struct awsc_{self.c}_{tn.get(snake(rep.name), 'type')}"
            rep.group = [self.shapes[n] for n in g]
            (self.list_types if rep.type == "list" else self.map_types).append(rep)
        for rep in self.map_types:
            tail = snake(rep.name) + "_entry"
            if not tn.free(tail):
                tail = snake(rep.name) + "_map_entry"
            rep.entry_type = f"struct awsc_{self.c}_{tn.get(tail, 'type')}"
        for rep in self.list_types + self.map_types:
            for sh in rep.group:
                sh.c_type = rep.c_type
                sh.shared_with = rep
                if rep.type == "map":
                    sh.entry_type = rep.entry_type

        for sname in names:
            self._finish_shape(self.shapes[sname])
        for sname in names:
            if self.shapes[sname].type == "structure":
                self._finish_structure(self.shapes[sname])

        self.structures = [self.shapes[n] for n in names if self.shapes[n].type == "structure"]
        self.lists = [self.shapes[n] for n in names if self.shapes[n].type == "list"]
        self.maps = [self.shapes[n] for n in names if self.shapes[n].type == "map"]
        self.enums = [self.shapes[n] for n in names if self.shapes[n].enum_values]
        self.all_shapes = [self.shapes[n] for n in names]
        self.exceptions = sorted(
            (self.shapes[n] for n in names
             if self.shapes[n].type == "structure" and self.shapes[n].is_exception),
            key=lambda s: s.error_code)
        for e in self.exceptions:
            e.error_macro = self.macro_names.get(f"AWSC_{self.C}_ERR_{upper_ident(e.name)}")

        self._build_operations()
        self._build_service()

    def value_c_type(self, sh):
        """C type of a shape held by value (list item, map value)."""
        if sh.type in ("structure", "list", "map"):
            return sh.c_type
        if sh.type == "document":
            return "struct awsc_document"
        if sh.type == "blob" and sh.raw.get("streaming"):
            return "struct awsc_stream"
        return SCALAR_C_TYPES[sh.type]

    def member_c_type(self, sh):
        """C type of a structure member of this shape."""
        if sh.type == "structure":
            return sh.c_type + " *"
        if sh.type == "document":
            return "struct awsc_document *"
        return self.value_c_type(sh)

    def _finish_shape(self, sh):
        raw = sh.raw
        sh.type_enum = SHAPE_TYPE_ENUM[sh.type]
        fmt = raw.get("timestampFormat")
        sh.tsfmt = TIMESTAMP_FORMATS[fmt.lower() if fmt else None]
        flags = []
        if raw.get("union"):
            flags.append("AWSC_SF_UNION")
        if raw.get("exception") or raw.get("error"):
            flags.append("AWSC_SF_EXCEPTION")
        if raw.get("sensitive"):
            flags.append("AWSC_SF_SENSITIVE")
        if raw.get("streaming"):
            flags.append("AWSC_SF_STREAMING")
        if raw.get("eventstream"):
            flags.append("AWSC_SF_EVENTSTREAM")
        if raw.get("event"):
            flags.append("AWSC_SF_EVENT")
        if raw.get("flattened"):
            flags.append("AWSC_SF_FLATTENED")
        if raw.get("requiresLength"):
            flags.append("AWSC_SF_REQUIRES_LENGTH")
        if raw.get("wrapper"):
            flags.append("AWSC_SF_WRAPPER")
        if raw.get("document"):
            flags.append("AWSC_SF_DOCUMENT")
        if raw.get("sparse"):
            flags.append("AWSC_SF_SPARSE")
        if sh.type == "string" and raw.get("enum"):
            flags.append("AWSC_SF_ENUM")
        if sh.type == "string" and sh.name in SHAPE_FLAGS.get(self.service, {}):
            flags.append(SHAPE_FLAGS[self.service][sh.name])
        err = raw.get("error") or {}
        if err.get("senderFault"):
            flags.append("AWSC_SF_SENDER_FAULT")
        if raw.get("retryable"):
            flags.append("AWSC_SF_RETRYABLE")
            if raw["retryable"].get("throttling"):
                flags.append("AWSC_SF_THROTTLING")
        sh.flags = " | ".join(flags) if flags else "0"
        sh.is_exception = bool(raw.get("exception") or raw.get("error"))
        sh.error_code = err.get("code", sh.name)
        sh.http_status = err.get("httpStatusCode", 0)
        sh.has_range = ("min" in raw or "max" in raw) and sh.type not in ("structure", "boolean", "timestamp")
        sh.range = (raw.get("min"), raw.get("max"))
        sh.xml_namespace = raw.get("xmlNamespace")
        sh.location_name = raw.get("locationName")

        # enums
        sh.enum_values = raw.get("enum") if sh.type == "string" else None
        if sh.enum_values:
            base = snake(sh.name)
            sh.enum_type = f"enum awsc_{self.c}_{self.type_names.get(base, 'type')}"
            prefix = f"AWSC_{self.C}_{upper_ident(sh.name)}"
            sh.enum_consts = [self.macro_names.get(f"{prefix}_{upper_ident(v)}", "constant")
                              for v in sh.enum_values]
            # values newer than the model: <ENUM>_UNKNOWN, or, where the
            # model has a value called so, <ENUM>_UNKNOWN_TO_SDK
            unknown = prefix + "_UNKNOWN"
            if not self.macro_names.free(unknown):
                unknown = prefix + "_UNKNOWN_TO_SDK"
            sh.enum_unknown = self.macro_names.get(unknown, "constant")
            sh.enum_func = self.func_names.get(f"awsc_{self.c}_{base}", "function")

        # sparse lists and maps: a NULL string item is null; other items
        # say so in is_null (include/awsc/shape.h)
        sh.sparse = bool(raw.get("sparse")) and sh.type in ("list", "map")
        item_ref = raw.get("member") or raw.get("value") or {}
        item_type = self.type_of(item_ref["shape"]) if item_ref else None
        sh.null_field = sh.sparse and item_type != "string"

        # list / map element
        if sh.type == "list":
            sh.item = self.shapes[raw["member"]["shape"]]
            sh.item_wire = raw["member"].get("locationName")
            sh.item_ns = raw["member"].get("xmlNamespace")
        if sh.type == "map":
            sh.key = self.shapes[raw["key"]["shape"]]
            sh.item = self.shapes[raw["value"]["shape"]]
            sh.key_wire = raw["key"].get("locationName")
            sh.item_wire = raw["value"].get("locationName")
            sh.key_ns = raw["key"].get("xmlNamespace")
            sh.item_ns = raw["value"].get("xmlNamespace")


    def _finish_structure(self, sh):
        raw = sh.raw
        required = set(raw.get("required", []))
        # Glacier: an unset accountId is sent as "-" (AWSC_SVC_GLACIER)
        if "AWSC_SVC_GLACIER" in SERVICE_FLAGS.get(self.service, []):
            required.discard("accountId")
        fields = Names(KEYWORDS | {"unused_"}, where=f"{self.service}: {sh.name}")
        members = []
        # has_ flags are reserved first so that a member called HasFoo never
        # takes the presence flag of a member called Foo.
        for mname, mraw in raw.get("members", {}).items():
            msh = self.shapes[mraw["shape"]]
            if msh.type in HAS_PRESENCE:
                fields.taken.add("has_" + snake(mname))
        for mname, mraw in raw.get("members", {}).items():
            m = Member()
            m.name = mname
            m.raw = mraw
            m.shape = self.shapes[mraw["shape"]]
            base = snake(mname)
            m.c_name = fields.get(member_ident(base), "member")
            m.presence = "has_" + base if m.shape.type in HAS_PRESENCE else None
            m.c_type = self.member_c_type(m.shape)
            # a streaming payload (the trait may sit on the member or its shape)
            m.is_stream = m.shape.type == "blob" and bool(
                mraw.get("streaming") or m.shape.raw.get("streaming"))
            if m.is_stream:
                m.c_type = "struct awsc_stream"
            # a location on the member's shape applies where the member names
            # none (botocore merges the reference over the shape; only its
            # legacy protocol suites put it there)
            location, wire = mraw.get("location"), mraw.get("locationName")
            if location is None and "location" in m.shape.raw:
                location = m.shape.raw["location"]
                wire = wire or m.shape.raw.get("locationName")
            m.location = LOCATIONS[location]
            # a header map without a locationName is every header: prefix ""
            m.wire_name = wire if wire is not None else "" if location == "headers" else mname
            fmt = mraw.get("timestampFormat")
            m.tsfmt = TIMESTAMP_FORMATS[fmt.lower() if fmt else None]
            flags = []
            if mname in required:
                flags.append("AWSC_MF_REQUIRED")
            if mraw.get("idempotencyToken"):
                flags.append("AWSC_MF_IDEMPOTENCY_TOKEN")
            if raw.get("payload") == mname:
                flags.append("AWSC_MF_PAYLOAD")
            if mraw.get("hostLabel"):
                flags.append("AWSC_MF_HOST_LABEL")
            if mraw.get("xmlAttribute"):
                flags.append("AWSC_MF_XML_ATTRIBUTE")
            if mraw.get("flattened"):
                flags.append("AWSC_MF_FLATTENED")
            if mraw.get("jsonvalue"):
                flags.append("AWSC_MF_JSONVALUE")
            if mraw.get("streaming") or m.shape.raw.get("streaming"):
                flags.append("AWSC_MF_STREAMING")
            if mraw.get("eventpayload"):
                flags.append("AWSC_MF_EVENTPAYLOAD")
            if mraw.get("eventheader"):
                flags.append("AWSC_MF_EVENTHEADER")
            if (mraw.get("sensitive") or m.shape.raw.get("sensitive") or
                    mname.lower() in SENSITIVE_MEMBER_NAMES or
                    (self.service, mname) in SENSITIVE_MEMBERS):
                flags.append("AWSC_MF_SENSITIVE")
            m.flags = " | ".join(flags) if flags else "0"
            m.required = mname in required
            m.query_name = mraw.get("queryName")
            m.xml_namespace = mraw.get("xmlNamespace")
            text = doc_text(mraw.get("documentation"), 200) if self.docs else ""
            notes = []
            if m.required:
                notes.append("Required.")
            if m.shape.enum_values:
                notes.append(f"One of {m.shape.enum_type}'s values (as its string).")
            m.doc = comment_lines(" ".join([mname + ":", text] + notes).strip())
            members.append(m)
        sh.members = members
        sh.fields = fields
        sh.sink_field = None
        sh.by_wire = sorted(range(len(members)), key=lambda i: members[i].wire_name.encode())
        sh.payload = raw.get("payload")

    def _build_operations(self):
        ops = []
        fn = self.func_names
        shapes_raw = self.raw["shapes"]
        for oname in sorted(self.raw["operations"]):
            raw = self.raw["operations"][oname]
            op = Shape()
            # the operation's name is its key, as botocore has it: the
            # "name" inside may differ (CloudFront's "AssociateAlias2020_05_31";
            # the protocol tests give each case its own key and keep the name
            # there, see protocol_tests.py)
            op.name = oname
            op.raw = raw
            op.snake = snake(oname)
            # the sync, async and callback names are taken together, so an
            # operation called FooAsync never collides with Foo's async call
            # an operation whose response is an event stream: its callback
            # takes the stream's union (input event streams are refused at
            # run time)
            out_ref = raw.get("output")
            out_raw = shapes_raw.get(out_ref["shape"], {}) if out_ref else {}
            op.event_member = next(
                (mn for mn, mr in out_raw.get("members", {}).items()
                 if shapes_raw[mr["shape"]].get("eventstream")), None)
            in_ref = raw.get("input")
            in_raw = shapes_raw.get(in_ref["shape"], {}) if in_ref else {}
            op.input_event_member = next(
                (mn for mn, mr in in_raw.get("members", {}).items()
                 if shapes_raw[mr["shape"]].get("eventstream")), None)
            # the sync, async and callback names are taken together, so an
            # operation called FooAsync never collides with Foo's async call
            # (an operation whose name is taken by another's takes _op)
            base = f"awsc_{self.c}_{op.snake}"
            for cand in (base, base + "_op"):
                names = (cand, cand + "_async", cand + "_cb") + \
                    ((cand + "_event_cb",) if op.event_member else ())
                if all(fn.free(t) for t in names):
                    for t in names:
                        fn.get(t)
                    op.func = cand
                    break
            else:
                fn.get(base, "function")
            op.var = "op_" + re.sub(r"[^A-Za-z0-9_]", "_", oname)
            http = raw.get("http", {})
            op.method = http.get("method", "POST")
            op.uri = http.get("requestUri", "/")
            op.input = self.shapes[raw["input"]["shape"]] if "input" in raw else None
            # rest-xml: the operation's input reference names the request
            # body's root element and its namespace (Route 53, CloudFront);
            # the input shape carries them (no such shape is a member too)
            in_ref = raw.get("input") or {}
            if op.input is not None and not op.input.location_name:
                op.input.location_name = in_ref.get("locationName")
            if op.input is not None and not op.input.xml_namespace:
                op.input.xml_namespace = in_ref.get("xmlNamespace")
            op.output = self.shapes[raw["output"]["shape"]] if "output" in raw else None
            op.event = None
            if op.event_member:
                m = next(f for f in op.output.members if f.name == op.event_member)
                op.event = m.shape
                if self.docs:
                    m.doc = m.doc + comment_lines(
                        "Not filled: each event goes to the call's event callback as it "
                        "arrives.")
            op.errors = sorted({self.shapes[e["shape"]].name: self.shapes[e["shape"]]
                                for e in raw.get("errors", [])}.values(), key=lambda s: s.name)
            flags = []
            if raw.get("idempotent"):
                flags.append("AWSC_OF_IDEMPOTENT")
            if raw.get("httpChecksumRequired") or raw.get("httpChecksum", {}).get("requestChecksumRequired"):
                flags.append("AWSC_OF_CHECKSUM_REQUIRED")
            if raw.get("endpointdiscovery"):
                flags.append("AWSC_OF_ENDPOINT_DISCOVERY")
            if raw.get("deprecated"):
                flags.append("AWSC_OF_DEPRECATED")
            if raw.get("endpointoperation"):
                flags.append("AWSC_OF_ENDPOINT_OPERATION")
            # requestcompression: the first encoding botocore knows (gzip)
            if "gzip" in raw.get("requestcompression", {}).get("encodings", []):
                flags.append("AWSC_OF_COMPRESS_GZIP")
            flags += OPERATION_FLAGS.get((self.service, op.name), [])
            op.flags = " | ".join(flags) if flags else "0"
            auth = resolve_operation_auth(self.meta, raw, f"{self.service}.{oname}")
            if auth not in AUTH_TYPES:
                raise SystemExit(f"awsc-gen: {self.service}.{oname}: signature version {auth} "
                                 "is not supported")
            op.auth = AUTH_TYPES[auth]
            if (self.service, op.name) in UNSIGNED_OPERATIONS:
                op.auth = "AWSC_AUTH_NONE"
            for m in op.input.members if op.input is not None else []:
                if (self.service, op.name, m.name) in BASE64_TEXT_MEMBERS and \
                        "AWSC_MF_BASE64_TEXT" not in m.flags:
                    m.flags = "AWSC_MF_BASE64_TEXT" if m.flags == "0" else \
                        m.flags + " | AWSC_MF_BASE64_TEXT"
                    if self.docs:
                        m.doc = m.doc + comment_lines("Give the text: it is sent base64-encoded, "
                                                      "as the AWS CLI and boto3 do.")
            op.host_prefix = raw.get("endpoint", {}).get("hostPrefix")
            # httpChecksum: flexible checksums (requestChecksumRequired is
            # AWSC_OF_CHECKSUM_REQUIRED above)
            http_checksum = raw.get("httpChecksum", {})
            op.checksum_algorithm_member = http_checksum.get("requestAlgorithmMember")
            op.checksum_mode_member = http_checksum.get("requestValidationModeMember")
            op.response_checksums = " | ".join(
                CHECKSUM_ALGORITHMS[a] for a in http_checksum.get("responseAlgorithms", [])
                if a in CHECKSUM_ALGORITHMS)
            # query protocol: the response element that wraps the output
            op.result_wrapper = (raw.get("output") or {}).get("resultWrapper")
            op.doc = comment_lines(doc_text(raw.get("documentation"))) if self.docs else []
            op.deprecated = bool(raw.get("deprecated"))
            ops.append(op)
            # an output that streams its payload: the input says where the
            # body goes, in a struct awsc_sink that is not sent
            if op.input is not None and op.output is not None and op.output.type == "structure":
                payload = op.output.raw.get("payload")
                pm = next((f for f in op.output.members if f.name == payload), None)
                if pm is not None and pm.is_stream and op.input.sink_field is None:
                    op.input.sink_field = op.input.fields.get(pm.c_name + "_sink", "member")
        self.operations = ops

    def _build_service(self):
        meta = self.meta
        self.service_id = meta.get("serviceId") or meta.get("serviceAbbreviation") or self.service
        self.env_name = re.sub(r"[\s-]+", "_", self.service_id).upper()
        self.signing_name = meta.get("signingName") or meta.get("endpointPrefix") or self.service
        legacy = LEGACY_SIGNING.get(self.service, {})
        self.signing_name = legacy.get("signing_name", self.signing_name)
        signature_version = legacy.get("signature_version", meta.get("signatureVersion"))
        flags = list(SERVICE_FLAGS.get(self.service, []))
        if signature_version in S3_SIGNATURE_VERSIONS:
            flags.append("AWSC_SVC_S3_SIGNING")
        if signature_version == "v2":
            flags.append("AWSC_SVC_SIGV2")
        if "awsQueryCompatible" in meta:
            flags.append("AWSC_SVC_QUERY_COMPATIBLE")
        self.flags = " | ".join(flags) or "0"
        self.protocol_enum = PROTOCOLS[self.protocol]
        self.full_name = meta.get("serviceFullName", self.service_id)

    # -- layout: the order in which C definitions can be written
    def structure_order(self):
        return self.structures
