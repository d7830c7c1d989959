#!/usr/bin/env python3
"""Endpoint rule sets (endpoint-rule-set-1.json) and partitions
(partitions.json), compiled into the constant tables of <awsc/endpoint.h>
that runtime/endpoint walks.

prepare(model, service_dir) compiles the service's rule set (model.ruleset,
a part of the service's tables object: rules.j2) and gives every operation
its endpoint parameters for the tables (op.ep_static_params: staticContextParams, lists included;
op.ep_context_params: input members with the contextParam trait, then the
JMESPath expressions of operationContextParams, compiled against the
input shape by codegen/jmespath.py).

Run as a program it makes the two other things built from the same code:

  endpoints.py partitions --models DIR --out FILE
        runtime/endpoint/partitions.c (committed; a test checks it is fresh)
  endpoints.py bundle --models DIR --outdir DIR [--chunks N] [--services A,B]
        the rule sets of many services in N files (ep_rulesets_K.c) and a
        table of small service descriptors holding only what endpoint
        resolution reads (ep_services.c): for the conformance test and the
        benchmark, which need no service compiled into the library
  endpoints.py inputs --models DIR [--services all|A,B]
        the model files a bundle reads, one a line (for the build's
        dependency tracking)

The compiler checks everything it can: every function and its argument
types, every getAttr path, every template, that each variable is assigned
before use and never re-assigned, the partition regular expressions. Any
construct outside what the runtime implements stops the generator with a
message naming the service and the construct.
"""
import argparse
import json
import os
import re
import string
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model as M  # noqa: E402

NONE = 0xFFFF
MAX_SLOTS = 128  # AWSC_EP_MAX_SLOTS
# The packed fields of <awsc/endpoint.h>, and what fits in them.
MAX_CONDITIONS = 63    # a rule's conditions (AWSC_EP_RULE_COND_MASK)
MAX_CHILDREN = 255     # a tree's rules (uint8_t)
MAX_ATTR_INDEX = 6     # getAttr's "[N]" (AWSC_EP_ATTR_INDEX_SHIFT: 3 bits, N + 1)
MAX_PROP_COUNT = 255   # an object's members, an array's items (uint8_t)

# botocore's EndpointResolverBuiltins.
BUILTINS = {
    "AWS::Region": "REGION",
    "AWS::UseFIPS": "USE_FIPS",
    "AWS::UseDualStack": "USE_DUAL_STACK",
    "SDK::Endpoint": "ENDPOINT",
    "AWS::S3::ForcePathStyle": "S3_FORCE_PATH_STYLE",
    "AWS::S3::Accelerate": "S3_ACCELERATE",
    "AWS::S3::UseArnRegion": "S3_USE_ARN_REGION",
    "AWS::S3::UseGlobalEndpoint": "S3_USE_GLOBAL_ENDPOINT",
    "AWS::S3::DisableMultiRegionAccessPoints": "S3_DISABLE_MRAP",
    "AWS::S3Control::UseArnRegion": "S3CONTROL_USE_ARN_REGION",
    "AWS::STS::UseGlobalEndpoint": "STS_USE_GLOBAL_ENDPOINT",
    "AWS::Auth::AccountId": "ACCOUNT_ID",
    "AWS::Auth::AccountIdEndpointMode": "ACCOUNT_ID_ENDPOINT_MODE",
}
# the model's parameter types (in any case, as botocore lowers them)
PARAM_TYPES = {"string": "string", "boolean": "bool", "stringarray": "list"}
PARAM_TYPE_ENUMS = {"string": "AWSC_EP_PARAM_STRING", "bool": "AWSC_EP_PARAM_BOOLEAN",
                    "list": "AWSC_EP_PARAM_STRING_ARRAY"}

# name: (kind, argument types, result type); "any" takes every type.
FUNCTIONS = {
    "isSet": ("IS_SET", ["any"], "bool"),
    "not": ("NOT", ["any"], "bool"),
    "booleanEquals": ("BOOLEAN_EQUALS", ["bool", "bool"], "bool"),
    "stringEquals": ("STRING_EQUALS", ["string", "string"], "bool"),
    "substring": ("SUBSTRING", ["string", "int", "int", "bool"], "string"),
    "uriEncode": ("URI_ENCODE", ["string"], "string"),
    "parseURL": ("PARSE_URL", ["string"], "url"),
    "isValidHostLabel": ("IS_VALID_HOST_LABEL", ["string", "bool"], "bool"),
    "aws.partition": ("PARTITION", ["string"], "partition"),
    "aws.parseArn": ("PARSE_ARN", ["string"], "arn"),
    "aws.isVirtualHostableS3Bucket": ("IS_VIRTUAL_HOSTABLE_S3_BUCKET", ["string", "bool"], "bool"),
}

# getAttr: the attributes of each object type and their types.
ATTRIBUTES = {
    "partition": {
        "name": ("NAME", "string"),
        "dnsSuffix": ("DNS_SUFFIX", "string"),
        "dualStackDnsSuffix": ("DUAL_STACK_DNS_SUFFIX", "string"),
        "supportsFIPS": ("SUPPORTS_FIPS", "bool"),
        "supportsDualStack": ("SUPPORTS_DUAL_STACK", "bool"),
        "implicitGlobalRegion": ("IMPLICIT_GLOBAL_REGION", "string"),
    },
    "url": {
        "scheme": ("SCHEME", "string"),
        "authority": ("AUTHORITY", "string"),
        "path": ("PATH", "string"),
        "normalizedPath": ("NORMALIZED_PATH", "string"),
        "isIp": ("IS_IP", "bool"),
    },
    "arn": {
        "partition": ("PARTITION", "string"),
        "service": ("SERVICE", "string"),
        "region": ("REGION", "string"),
        "accountId": ("ACCOUNT_ID", "string"),
        "resourceId": ("RESOURCE_ID", "list"),
    },
    # "[N]": a list itself, indexed
    "list": {"": ("SELF", "list")},
}
PARTITION_OUTPUTS = {
    "name": "name", "dnsSuffix": "dns_suffix", "dualStackDnsSuffix": "dual_stack_dns_suffix",
    "supportsFIPS": "supports_fips", "supportsDualStack": "supports_dual_stack",
    "implicitGlobalRegion": "implicit_global_region",
}

# botocore's is_template: a string is a template when this matches.
TEMPLATE_RE = re.compile(r"\{[a-zA-Z#]+\}")
# botocore's GET_ATTR_RE, (\w*)\[(\d+)\], matched whole: "name[N]" or "[N]"
GET_ATTR_PART = re.compile(r"^(\w*)\[(\d+)\]$")


class RulesetError(SystemExit):
    pass


def comment(text, limit=110):
    """Text safe inside a C comment, on one line."""
    text = text.replace("\n", "\\n").replace("\r", "\\r")
    text = "".join(ch if " " <= ch <= "~" else "?" for ch in text)
    if len(text) > limit:
        text = text[:limit - 4] + " ..."
    while "??" in text:
        text = text.replace("??", "? ?")
    return text.replace("*/", "* /").replace("/*", "/ *")


def load_json(path):
    return M._load_json(path)


# ----------------------------------------------------------- rule sets

class Pool:
    """A rule set's string pool. The compiler runs twice: the first time
    the pool only collects the strings (and hands out provisional
    offsets), then layout() places them, each once, for the second: a
    string that ends a longer one is stored as its end, and a string only
    read with its length (a literal of at most MAX_LITERAL bytes:
    AWSC_EP_S) wherever a longer one holds it."""

    MAX_LITERAL = 255  # an AWSC_EP_STRING's n

    def __init__(self, offsets=None, entries=(), size=0):
        self.offsets, self.entries, self.size = offsets, list(entries), size
        self.nul = {}  # string: whether some reader needs its NUL
        self.ids = {}  # the first run's provisional offsets

    def add(self, s, nul=True):
        if s not in self.nul:
            self.nul[s] = nul
            if self.offsets is None:
                self.ids[s] = len(self.ids)
        self.nul[s] = self.nul[s] or nul
        return (self.ids if self.offsets is None else self.offsets)[s]

    def layout(self):
        """The pool of the second run: the strings stored whole, in the
        order they were first named, and where every string lies in them."""
        raw = {s: s.encode("utf-8") for s in self.nul}
        whole = []
        for s in sorted(raw, key=lambda s: -len(raw[s])):  # stable: first named first
            b = raw[s]
            inside = (lambda w: w.endswith(b)) if self.nul[s] or len(b) > self.MAX_LITERAL \
                else (lambda w: b in w)
            if not any(inside(raw[w]) for w in whole):
                whole.append(s)
        order = {s: i for i, s in enumerate(self.nul)}
        whole.sort(key=order.get)
        offsets, entries, at = {}, [], 0
        for s in whole:
            entries.append((at, (s,)))
            offsets[s] = at
            at += len(raw[s]) + 1
        for s in raw:
            if s not in offsets:
                b = raw[s]
                for (base, (w,)) in entries:
                    wb = raw[w]
                    if self.nul[s] or len(b) > self.MAX_LITERAL:
                        k = len(wb) - len(b) if wb.endswith(b) else -1
                    else:
                        k = wb.find(b)
                    if k >= 0:
                        offsets[s] = base + k
                        break
        return Pool(offsets, entries, at)

    def lines(self):
        return M.Strings.lines(self)


class Ruleset:
    """One compiled rule set: plain lists of rows the template prints, and
    its string pool (strings: each row names a string by its offset
    there). rules.j2 writes it as a part (of type struct <type>) of its
    service's tables object."""

    def __init__(self, raw, service, c, client_context=(), global_region=None):
        self._compile(raw, service, c, client_context, global_region, Pool())
        self._compile(raw, service, c, client_context, global_region, self.strings.layout())

    def _compile(self, raw, service, c, client_context, global_region, strings):
        self.strings = strings
        self.service = service
        self.service_at = self.string(service)
        self.global_region = global_region
        self.global_region_at = self.string(global_region) if global_region else "AWSC_EP_NONE"
        self.type = f"awsc__{c}_rules"
        self.raw = raw
        self.defaults = []     # the stringArray defaults: string offsets
        self.exprs = []        # [macro text, comment]
        self._expr_ids = {}
        # Every table below is filled through _run(): a run of rows equal to
        # one already in the table (or overlapping its end) is not added
        # again, so identical argument lists, conditions, rule subtrees and
        # property objects are stored once.
        self.args = []         # expression indexes: arguments and conditions
        self.rules = []        # [type, cond, cond_count, a, n, comment]
        self.endpoints = []    # [url, properties, headers, comment]
        self.props = []        # [key string, type, a, n, key]
        self.slots = []        # names: parameters, then assigned variables
        self.slot_strings = []  # their offsets in the strings
        self._slot_of = {}
        self._used = set()     # names the rules refer to
        flags = ["AWSC_EP_RS_S3"] if service == "s3" else []
        self.flags = " | ".join(flags) or "0"
        if not isinstance(raw, dict) or "parameters" not in raw or "rules" not in raw:
            self.fail("not an endpoint rule set (no parameters or rules)")
        self._params(raw["parameters"], set(client_context))
        scope = {p.name: (self._slot_of[p.name], p.type) for p in self.params}
        self.rule_count = len(raw["rules"])
        self._place_rules(raw["rules"], scope)
        for p in self.params:
            if p.name not in self._used:
                p.flag_list.append("AWSC_EP_PF_UNUSED")
            p.flags = " | ".join(p.flag_list) if p.flag_list else "0"
        if self.strings.size >= NONE:
            self.fail(f"too many strings ({self.strings.size} bytes) for the tables")
        for what, rows, limit in (("expressions", self.exprs, NONE), ("rules", self.rules, NONE),
                                  ("arguments", self.args, NONE), ("properties", self.props, NONE),
                                  ("endpoints", self.endpoints, NONE),
                                  ("variables", self.slots, MAX_SLOTS)):
            if len(rows) >= limit:
                self.fail(f"too many {what} ({len(rows)}) for the tables")

    def string(self, s, nul=True):
        """The offset of s in the string pool (nul: read up to its NUL,
        not with its length)."""
        if "\0" in s:
            self.fail(f"string {s!r} holds a NUL character")
        return self.strings.add(s, nul)

    def fail(self, msg):
        raise RulesetError(f"awsc-gen: {self.service}: endpoint rule set: {msg}")

    # -- parameters
    def _params(self, raw, client_context):
        self.params = []
        for name, spec in raw.items():
            p = M.Shape()
            p.name = name
            p.name_at = self.string(name)
            t = str(spec.get("type", "")).lower()
            if t not in PARAM_TYPES:
                self.fail(f"parameter {name} has unsupported type {spec.get('type')!r}")
            p.type = PARAM_TYPES[t]
            p.type_enum = PARAM_TYPE_ENUMS[p.type]
            b = spec.get("builtIn")
            if b is not None and b not in BUILTINS:
                self.fail(f"parameter {name} names an unknown builtIn {b!r}")
            p.builtin = "AWSC_EP_BUILTIN_" + (BUILTINS[b] if b else "NONE")
            flags = []
            if spec.get("required"):
                flags.append("AWSC_EP_PF_REQUIRED")
            default = spec.get("default")
            p.default_string, p.default_bool, p.default_count = "AWSC_EP_NONE", "false", 0
            if default is not None:
                flags.append("AWSC_EP_PF_DEFAULT")
                if p.type == "bool" and isinstance(default, bool):
                    p.default_bool = "true" if default else "false"
                elif p.type == "string" and isinstance(default, str):
                    p.default_string = self.string(default)
                elif (p.type == "list" and isinstance(default, list)
                      and all(isinstance(x, str) for x in default)):
                    p.default_string = len(self.defaults)
                    p.default_count = len(default)
                    self.defaults.extend(self.string(x) for x in default)
                else:
                    what = "list of strings" if p.type == "list" else p.type
                    self.fail(f"parameter {name}: default {default!r} is not a {what}")
            if name in client_context:
                flags.append("AWSC_EP_PF_CLIENT_CONTEXT")
            p.flag_list = flags
            self.params.append(p)
            self._slot(name)

    def _slot(self, name):
        if name not in self._slot_of:
            self._slot_of[name] = len(self.slots)
            self.slots.append(name)
            self.slot_strings.append(self.string(name))
        return self._slot_of[name]

    # -- expressions
    def _add(self, macro, text):
        i = self._expr_ids.get(macro)
        if i is None:
            i = self._expr_ids[macro] = len(self.exprs)
            self.exprs.append([macro, comment(text)])
        return i

    @staticmethod
    def _run(table, rows, same=lambda a, b: a == b):
        """The index of rows, a run of rows, in table: where table holds
        them already, else added (after the part of them that ends the
        table, if any)."""
        n = len(rows)
        if not n:
            return 0
        for i in range(len(table) - n + 1):
            if all(same(table[i + k], rows[k]) for k in range(n)):
                return i
        for k in range(min(n, len(table)) - 1, 0, -1):
            if all(same(table[len(table) - k + j], rows[j]) for j in range(k)):
                table.extend(rows[k:])
                return len(table) - n
        table.extend(rows)
        return len(table) - n

    def _arg_run(self, items):
        return self._run(self.args, list(items))

    def literal(self, s):
        n = len(s.encode("utf-8"))
        n = n if n <= Pool.MAX_LITERAL else 0  # 0: up to the NUL
        return self._add(f"AWSC_EP_S({self.string(s, nul=not n)}, {n})", json.dumps(s)), "string"

    def value(self, node, scope, where):
        """Any argument or value: literal, reference, template, function."""
        if isinstance(node, bool):
            return self._add(f"AWSC_EP_B({int(node)})", "true" if node else "false"), "bool"
        if isinstance(node, int):
            if not 0 <= node < NONE:
                self.fail(f"{where}: integer {node} out of range")
            return self._add(f"AWSC_EP_I({node})", str(node)), "int"
        if isinstance(node, str):
            return self.template(node, scope, where)
        if isinstance(node, dict) and "ref" in node:
            if set(node) != {"ref"}:
                self.fail(f"{where}: unexpected keys in {node!r}")
            name = node["ref"]
            if name not in scope:
                self.fail(f"{where}: reference to {name!r}, which is not a parameter nor "
                          "assigned before")
            slot, t = scope[name]
            self._used.add(name)
            return self._add(f"AWSC_EP_V({slot})", name), t
        if isinstance(node, dict) and "fn" in node:
            if "assign" in node:
                self.fail(f"{where}: assign inside an argument")
            return self.function(node, scope, where)
        self.fail(f"{where}: unsupported value {node!r}")

    def template(self, s, scope, where):
        if not TEMPLATE_RE.search(s):
            return self.literal(s)
        try:
            pieces = list(string.Formatter().parse(s))
        except ValueError as e:
            self.fail(f"{where}: malformed template {s!r}: {e}")
        parts = []
        for lit, field, spec, conv in pieces:
            if lit:
                parts.append(self.literal(lit))
            if field is None:
                continue
            if spec or conv:
                self.fail(f"{where}: template {s!r} uses a format spec or conversion")
            names = field.split("#")
            if names[0] not in scope:
                self.fail(f"{where}: template {s!r} refers to {names[0]!r}, which is not a "
                          "parameter nor assigned before")
            slot, t = scope[names[0]]
            self._used.add(names[0])
            e = self._add(f"AWSC_EP_V({slot})", names[0])
            text = names[0]
            for attr in names[1:]:
                e, t = self.attribute(e, t, attr, None, f"{text}#{attr}", where)
                text += "#" + attr
            if t not in ("string", "bool", "int"):
                self.fail(f"{where}: template {s!r}: {{{field}}} is a {t}, not a string")
            parts.append((e, t))
        if len(parts) == 1 and parts[0][1] == "string":
            return parts[0]
        if len(parts) > 255:
            self.fail(f"{where}: template {s[:40]!r}... has more than 255 parts")
        first = self._arg_run([e for e, _ in parts])
        return self._add(f"AWSC_EP_T({len(parts)}, {first})", json.dumps(s)), "string"

    def attribute(self, obj, t, name, index, text, where):
        attrs = ATTRIBUTES.get(t)
        if attrs is None or name not in attrs:
            what = f"attribute {name!r}" if name else "index"
            self.fail(f"{where}: getAttr {text!r}: a {t} has no {what}")
        attr, at = attrs[name]
        if attr == "SELF" and index is None:
            self.fail(f"{where}: getAttr {text!r}: an empty path")
        if at == "list" and index is not None:
            at = "string"
        elif index is not None:
            self.fail(f"{where}: getAttr {text!r}: {name} is not a list")
        if index is None:
            return self._add(f"AWSC_EP_A({obj}, {attr})", text), at
        return self._add(f"AWSC_EP_AI({obj}, {attr}, {index})", text), at

    def function(self, node, scope, where):
        fn = node.get("fn")
        argv = node.get("argv")
        if set(node) - {"fn", "argv", "assign"} or not isinstance(argv, list):
            self.fail(f"{where}: malformed function call {node!r}")
        if fn == "getAttr":
            if len(argv) != 2 or not isinstance(argv[1], str):
                self.fail(f"{where}: getAttr takes a value and a path")
            e, t = self.value(argv[0], scope, where)
            path = argv[1]
            text = self.exprs[e][1]
            parts = path.split(".")
            for k, part in enumerate(parts):
                m = GET_ATTR_PART.match(part)
                name, index = (m.group(1), int(m.group(2))) if m else (part, None)
                if index is not None and index > MAX_ATTR_INDEX:
                    self.fail(f"{where}: getAttr path {path!r}: index above {MAX_ATTR_INDEX}")
                if index is not None and k != len(parts) - 1:
                    # botocore returns the indexed value there and ignores
                    # the rest of the path
                    self.fail(f"{where}: getAttr path {path!r}: an index ends the path")
                e, t = self.attribute(e, t, name, index, f"{text}#{path}", where)
            return e, t
        if fn not in FUNCTIONS:
            self.fail(f"{where}: unknown function {fn!r}")
        kind, want, result = FUNCTIONS[fn]
        if len(argv) != len(want):
            self.fail(f"{where}: {fn} takes {len(want)} arguments, not {len(argv)}")
        items, texts = [], []
        for i, (a, w) in enumerate(zip(argv, want)):
            e, t = self.value(a, scope, where)
            if w != "any" and t != w:
                self.fail(f"{where}: argument {i + 1} of {fn} is a {t}, not a {w}")
            items.append(e)
            texts.append(self.exprs[e][1])
        first = self._arg_run(items)
        return self._add(f"AWSC_EP_F({kind}, {len(items)}, {first})",
                         f"{fn}({', '.join(texts)})"), result

    # -- rules
    def _place_rules(self, rules, scope, top=True, path=""):
        """The rows of rules (a list of one level): its first index. The
        top level takes rows 0 .. rule_count; below it, runs of rows equal
        to ones placed already (a subtree the rule set repeats) are
        shared."""
        if not isinstance(rules, list):
            self.fail("rules is not a list")
        if top:
            self.rules.extend([None] * len(rules))
        rows = []
        for i, r in enumerate(rules):
            where = f"rule {path}{i}"
            if not isinstance(r, dict) or not isinstance(r.get("conditions", []), list):
                self.fail(f"{where}: malformed rule")
            local = dict(scope)
            conds, texts = [], []
            for c in r.get("conditions", []):
                if not isinstance(c, dict) or "fn" not in c:
                    self.fail(f"{where}: a condition must be a function call")
                e, t = self.function(c, local, where)
                text = self.exprs[e][1]
                if "assign" in c:
                    name = c["assign"]
                    if not isinstance(name, str) or not name:
                        self.fail(f"{where}: malformed assign")
                    if name in local:
                        self.fail(f"{where}: assignment to {name!r}, which already exists in "
                                  "scope")
                    slot = self._slot(name)
                    local[name] = (slot, t)
                    text = f"{name} = {text}"
                    e = self._add(f"AWSC_EP_SET({slot}, {e})", text)
                conds.append(e)
                texts.append(text)
            if len(conds) > MAX_CONDITIONS:
                self.fail(f"{where}: more than {MAX_CONDITIONS} conditions")
            cond = self._arg_run(conds)
            when = comment(" && ".join(texts) if texts else "always", 90)
            kind = r.get("type")
            if kind == "tree":
                children = r.get("rules")
                if not isinstance(children, list) or len(children) > MAX_CHILDREN:
                    self.fail(f"{where}: a tree needs a list of at most {MAX_CHILDREN} rules")
                first = self._place_rules(children, local, False, f"{path}{i}.")
                rows.append(("AWSC_EP_RULE_TREE", cond, len(conds), first, len(children), when))
            elif kind == "endpoint":
                rows.append(("AWSC_EP_RULE_ENDPOINT", cond, len(conds),
                             self._endpoint(r.get("endpoint"), local, where), 0, when))
            elif kind == "error":
                if "error" not in r:
                    self.fail(f"{where}: error rule without an error")
                e, t = self.value(r["error"], local, where)
                if t != "string":
                    self.fail(f"{where}: the error is a {t}")
                rows.append(("AWSC_EP_RULE_ERROR", cond, len(conds), e, 0, when))
            else:
                self.fail(f"{where}: unknown rule type {kind!r}")
        if top:
            self.rules[:len(rows)] = rows
            return 0
        return self._run(self.rules, rows, same=lambda a, b: a is not None and a[:5] == b[:5])

    def _endpoint(self, ep, scope, where):
        """An endpoint's index in endpoints (one row for equal ones)."""
        if not isinstance(ep, dict) or "url" not in ep:
            self.fail(f"{where}: endpoint rule without an endpoint url")
        if set(ep) - {"url", "properties", "headers"}:
            self.fail(f"{where}: unknown endpoint keys {sorted(set(ep) - {'url', 'properties', 'headers'})}")
        url, t = self.value(ep["url"], scope, where)
        if t != "string":
            self.fail(f"{where}: the endpoint url is a {t}")
        props = "AWSC_EP_NONE"
        if ep.get("properties"):
            props = self._run(self.props, [self._prop(None, ep["properties"], scope, where)],
                              same=self._same_prop)
        headers = ep.get("headers") or {}
        if not isinstance(headers, dict):
            self.fail(f"{where}: headers is not an object")
        # the headers as the object of arrays of strings they are in the
        # rule set, but each value a value (a template, a reference or a
        # call) as botocore resolves them
        rows = []
        for hname, values in headers.items():
            if not isinstance(values, list):
                self.fail(f"{where}: header {hname} values are not a list")
            items = []
            for v in values:
                e, t = self.value(v, scope, where)
                if t != "string":
                    self.fail(f"{where}: header {hname} value is a {t}")
                items.append(("AWSC_EP_NONE", "AWSC_EP_PROP_STRING", e, 0, "[]"))
            rows.append(self._prop_row(hname, "AWSC_EP_PROP_ARRAY", items))
        hdr = "AWSC_EP_NONE"
        if rows:
            hdr = self._run(self.props, [self._prop_row(None, "AWSC_EP_PROP_OBJECT", rows)],
                            same=self._same_prop)
        row = (url, props, hdr, self.exprs[url][1])
        return self._run(self.endpoints, [row], same=lambda a, b: a[:3] == b[:3])

    @staticmethod
    def _same_prop(a, b):
        return a[:4] == b[:4]

    def _prop_row(self, key, kind, items):
        """An object's or array's row, its items placed."""
        if len(items) > MAX_PROP_COUNT:
            self.fail(f"more than {MAX_PROP_COUNT} properties in one object or array")
        first = self._run(self.props, items, same=self._same_prop)
        return (self.string(key) if key is not None else "AWSC_EP_NONE", kind, first, len(items),
                comment(key) if key is not None else "[]")

    def _prop(self, key, value, scope, where):
        """A property value's row: its key, type and value (an object's
        or array's items placed, equal runs of them shared)."""
        if isinstance(value, (dict, list)):
            kind = "AWSC_EP_PROP_OBJECT" if isinstance(value, dict) else "AWSC_EP_PROP_ARRAY"
            items = list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
            return self._prop_row(key, kind, [self._prop(k, v, scope, where) for k, v in items])
        k = self.string(key) if key is not None else "AWSC_EP_NONE"
        what = comment(key) if key is not None else "[]"
        if isinstance(value, bool):
            return (k, "AWSC_EP_PROP_BOOL", int(value), 0, what)
        if isinstance(value, int):
            if not 0 <= value < NONE:
                self.fail(f"{where}: property value {value} out of range")
            return (k, "AWSC_EP_PROP_INT", value, 0, what)
        if isinstance(value, str):
            e, _ = self.template(value, scope, where)
            return (k, "AWSC_EP_PROP_STRING", e, 0, what)
        self.fail(f"{where}: unsupported property value {value!r}")


_LEGACY = {}


def global_region(models_dir, endpoint_prefix):
    """The region botocore's clients of a service use when none is
    configured: the partitionEndpoint of the service in the first
    partition of the legacy endpoint data (botocore's EndpointResolver;
    refresh_models.py keeps them in models/partition-endpoints.json), or
    None (botocore: NoRegionError)."""
    path = os.path.join(models_dir, "partition-endpoints.json")
    if path not in _LEGACY:
        _LEGACY[path] = load_json(path) if os.path.exists(path) else None
    data = _LEGACY[path] or {}
    value = (data.get("services") or {}).get(endpoint_prefix or "")
    return value if isinstance(value, str) else None


def client_context_names(service_raw):
    return list((service_raw or {}).get("clientContextParams", {}) or {})


class OpParams:
    """An operation's endpoint parameters as the templates print them.

    static: staticContextParams, (name, type enum, the value: a bool, a
            string or a list of strings); context: contextParam
            members, then operationContextParams expressions, (param name,
            member name or None, member index, expression name or None);
            exprs: those expressions compiled (codegen/jmespath.py), each
            with its name. The names are suffixes of the operation's
            descriptor's own name."""

    def __init__(self):
        self.static, self.context, self.exprs = [], [], []


def operation_params(service, ops_raw, shapes_raw, param_types, input_shape=None):
    """Per operation (by wire name): its OpParams. input_shape(name) gives
    an operation's input Shape, for the JMESPath expressions of
    operationContextParams (compiled against it: anything outside the
    subset, or naming a member the input does not have, stops the
    generator)."""
    import jmespath as J

    out = {}
    for key in sorted(ops_raw):
        op = ops_raw[key]
        where = f"awsc-gen: {service}: {key}"
        r = OpParams()
        for pname, spec in (op.get("staticContextParams") or {}).items():
            v = spec.get("value") if isinstance(spec, dict) else None
            if isinstance(v, bool):
                r.static.append((pname, "AWSC_EP_PARAM_BOOLEAN", v))
            elif isinstance(v, str):
                r.static.append((pname, "AWSC_EP_PARAM_STRING", v))
            elif isinstance(v, list) and all(isinstance(x, str) for x in v):
                r.static.append((pname, "AWSC_EP_PARAM_STRING_ARRAY", v))
            else:
                raise RulesetError(f"{where}: staticContextParams {pname}: "
                                   f"unsupported value {v!r}")
            want = param_types.get(pname)
            have = {"AWSC_EP_PARAM_BOOLEAN": "bool", "AWSC_EP_PARAM_STRING": "string",
                    "AWSC_EP_PARAM_STRING_ARRAY": "list"}[r.static[-1][1]]
            if want is not None and want != have:
                raise RulesetError(f"{where}: staticContextParams {pname}: a {have} for the "
                                   f"{want} parameter")
        if "input" in op:
            members = shapes_raw[op["input"]["shape"]].get("members", {})
            for i, (mname, m) in enumerate(members.items()):
                cp = m.get("contextParam")
                if not cp:
                    continue
                mtype = shapes_raw[m["shape"]]["type"]
                pname = cp.get("name")
                want = param_types.get(pname)
                if (mtype, want) not in (("string", "string"), ("boolean", "bool"), ("string", None),
                                         ("boolean", None)):
                    raise RulesetError(f"{where}: member {mname} "
                                       f"(a {mtype}) binds the {want} parameter {pname}")
                r.context.append((pname, mname, i, None))
        for pname, spec in (op.get("operationContextParams") or {}).items():
            path = spec.get("path") if isinstance(spec, dict) else None
            shape = input_shape(key) if input_shape and "input" in op else None
            if not isinstance(path, str) or shape is None:
                raise RulesetError(f"{where}: operationContextParams {pname}: no path, or no "
                                   "input to evaluate it on")
            try:
                compiled = J.compile_expr(path, shape, f"{where}: operationContextParams "
                                                       f"{pname}")
            except J.JMESPathError as e:
                raise RulesetError(f"awsc-gen: {e}")
            got = result_kind(compiled.rtype)
            want = param_types.get(pname)
            if got is None or (want is not None and want != got):
                raise RulesetError(f"{where}: operationContextParams {pname}: {path!r} gives "
                                   f"{describe_type(compiled.rtype)}, not a "
                                   f"{ {'list': 'list of strings'}.get(want, want)}")
            evar = f"path_{len(r.exprs)}"
            r.exprs.append((evar, compiled))
            r.context.append((pname, None, 0, evar))
        if len(r.static) > 255 or len(r.context) > 255:
            raise RulesetError(f"{where}: too many endpoint parameters")
        out[key] = r
    return out


def result_kind(rtype):
    """The parameter type a compiled expression's result binds: "string",
    "bool" or "list" (of strings); None for anything else."""
    def scalar(t):
        if t[0] == "shape":
            return {"string": "string", "boolean": "bool"}.get(t[1].type)
        return {"string": "string", "bool": "bool"}.get(t[0])
    if rtype[0] == "array":
        return "list" if scalar(rtype[1]) == "string" else None
    if rtype[0] == "shape" and rtype[1].type == "list":
        return "list" if scalar(("shape", rtype[1].item)) == "string" else None
    return scalar(rtype)


def describe_type(t):
    """A static JMESPath type in words: "a string", "a list of strings"."""
    if t[0] == "array":
        inner = describe_type(t[1]).split(" ", 1)[1]
        return f"a list of {inner}s"
    what = t[1].type if t[0] == "shape" else t[0]
    return ("an " if what[0] in "aeiou" else "a ") + what


def prepare(model, service_dir):
    """Compile the service's rule set (when it has one) for the templates."""
    raw = load_json(os.path.join(service_dir, "endpoint-rule-set-1.json")) \
        if service_dir else None
    model.ruleset = None
    param_types = {}
    if raw is not None:
        models_dir = os.path.dirname(os.path.dirname(os.path.abspath(service_dir)))
        rs = Ruleset(raw, model.service, model.c, client_context_names(model.raw),
                     global_region(models_dir, model.meta.get("endpointPrefix")))
        model.ruleset = rs
        param_types = {p.name: p.type for p in rs.params}
    inputs = {op.name: op.input for op in model.operations}
    bound = operation_params(model.service, model.raw["operations"], model.raw["shapes"],
                             param_types, inputs.get)
    for op in model.operations:
        r = bound.get(op.name) or OpParams()
        op.ep = r
        op.ep_static_params = r.static
        op.ep_context_params = r.context
        # S3 Control's rule set puts the account id into the host itself, so
        # the operations that require it lose their "{AccountId}." host
        # prefix (botocore: handlers.py remove_accid_host_prefix_from_model)
        if (model.ruleset is not None and model.meta.get("endpointPrefix") == "s3-control"
                and op.host_prefix == "{AccountId}."
                and ("RequiresAccountId", "AWSC_EP_PARAM_BOOLEAN", True) in r.static):
            op.host_prefix = None


# ---------------------------------------------------------- partitions

def compile_regex(rx, where):
    """Python regular expressions of the partitions' regionRegex, as a
    sequence of nodes: (op, min, max, text). The subset: ^, $, literal
    characters and escapes, \\w and \\d, groups of literal alternatives,
    and the quantifiers + * ?."""
    def fail(msg):
        raise RulesetError(f"awsc-gen: partitions.json: {where}: regionRegex {rx!r}: {msg}")

    nodes = []
    i = 0
    if rx.startswith("^"):
        i = 1
    end = False
    while i < len(rx):
        c = rx[i]
        if c == "$":
            if i != len(rx) - 1:
                fail("$ before the end")
            end = True
            i += 1
            continue
        if c == "(":
            j = rx.find(")", i)
            if j < 0:
                fail("unbalanced (")
            body = rx[i + 1:j]
            if body.startswith("?:"):
                body = body[2:]
            alts = []
            for alt in body.split("|"):
                text, k = "", 0
                while k < len(alt):
                    if alt[k] == "\\" and k + 1 < len(alt) and not alt[k + 1].isalnum():
                        text += alt[k + 1]
                        k += 2
                    elif alt[k].isalnum() or alt[k] in "-_ :/":
                        text += alt[k]
                        k += 1
                    else:
                        fail(f"unsupported {alt[k]!r} in a group")
                alts.append(text)
            if any("|" in a for a in alts):
                fail("'|' inside an alternative")
            node = ["AWSC__RE_ALT", 1, 1, "|".join(alts)]
            i = j + 1
        elif c == "\\":
            if i + 1 >= len(rx):
                fail("trailing backslash")
            e = rx[i + 1]
            if e == "w":
                node = ["AWSC__RE_WORD", 1, 1, None]
            elif e == "d":
                node = ["AWSC__RE_DIGIT", 1, 1, None]
            elif not e.isalnum():
                node = ["AWSC__RE_LITERAL", 1, 1, e]
            else:
                fail(f"unsupported escape \\{e}")
            i += 2
        elif c.isalnum() or c in "-_ :/":
            node = ["AWSC__RE_LITERAL", 1, 1, c]
            i += 1
        else:
            fail(f"unsupported {c!r}")
        if i < len(rx) and rx[i] in "+*?":
            q = rx[i]
            node[1], node[2] = {"+": (1, 0), "*": (0, 0), "?": (0, 1)}[q]
            i += 1
        # runs of single literals join into one
        if (node[0] == "AWSC__RE_LITERAL" and node[1:3] == [1, 1] and nodes
                and nodes[-1][0] == "AWSC__RE_LITERAL" and nodes[-1][1:3] == [1, 1]):
            nodes[-1][3] += node[3]
        else:
            nodes.append(node)
    if end:
        nodes.append(["AWSC__RE_END", 1, 1, None])
    return nodes


def compile_partitions(data):
    """The partitions for the template: (partitions, regions, regex nodes,
    strings), every string an offset in strings, regions and nodes runs of
    their lists."""
    Strings = M.Strings
    if not isinstance(data, dict) or not isinstance(data.get("partitions"), list) \
            or not data["partitions"]:
        raise RulesetError("awsc-gen: partitions.json: no partitions")
    strings = Strings()
    regions, regex = [], []

    def string(v):
        return strings.add(v) if isinstance(v, str) else "AWSC_EP_NONE"

    parts = []
    for p in data["partitions"]:
        pid = p.get("id")
        out = dict(p.get("outputs") or {})
        unknown = set(out) - set(PARTITION_OUTPUTS)
        if unknown:
            raise RulesetError(f"awsc-gen: partitions.json: {pid}: unknown outputs "
                               f"{sorted(unknown)}")
        if not isinstance(pid, str):
            raise RulesetError(f"awsc-gen: partitions.json: the partition id {pid!r} is no "
                               "string")
        part = M.Shape()
        part.id = pid
        part.id_at = string(pid)
        names = sorted(p.get("regions") or {}, key=lambda r: r.encode())
        part.regions, part.region_count = len(regions), len(names)
        regions.extend((string(r), r) for r in names)
        nodes = compile_regex(p.get("regionRegex", ""), pid)
        part.regex, part.regex_count = len(regex), len(nodes)
        regex.extend(n[:3] + [string(n[3]), comment(n[3] or "")] for n in nodes)
        part.regex_text = comment(p.get("regionRegex", ""))
        part.outputs = []
        for key, field in PARTITION_OUTPUTS.items():
            v = out.get(key)
            if key == "name":
                continue  # botocore's format_partition_output: the partition id
            if key.startswith("supports"):
                part.outputs.append((field, "true" if v else "false", ""))
            else:
                part.outputs.append((field, string(v), comment(v) if isinstance(v, str) else ""))
        parts.append(part)
    for what, n in (("strings", strings.size), ("regions", len(regions)),
                    ("regular expression nodes", len(regex))):
        if n >= NONE:
            raise RulesetError(f"awsc-gen: partitions.json: too many {what} ({n}) for the tables")
    return parts, regions, regex, strings


# ------------------------------------------------------------- bundles

def bundle(models_dir, outdir, chunks, services=None):
    import generate  # the shared jinja environment
    env = generate.environment()
    names = services or [s for s in M.list_services(models_dir, "all")
                         if os.path.exists(os.path.join(M.service_dir(models_dir, s),
                                                        "endpoint-rule-set-1.json"))]
    items = []
    for s in names:
        d = M.service_dir(models_dir, s)
        raw = load_json(os.path.join(d, "endpoint-rule-set-1.json"))
        svc = load_json(os.path.join(d, "service-2.json"))
        c = re.sub(r"[^a-z0-9]+", "_", s.lower())
        rs = Ruleset(raw, s, "ept_" + c, client_context_names(svc),
                     global_region(models_dir, svc.get("metadata", {}).get("endpointPrefix")))
        rs.c = c
        rs.size = len(rs.exprs) + len(rs.rules) + len(rs.args)
        rs.ops = []
        input_shape = None
        if any("operationContextParams" in o for o in svc["operations"].values()):
            # the expressions are compiled against the input shapes
            m = M.Model(svc, s, docs=False)
            input_shape = {o.name: o.input for o in m.operations}.get
        bound = operation_params(s, svc["operations"], svc["shapes"],
                                 {p.name: p.type for p in rs.params}, input_shape)
        for oname in sorted(bound, key=lambda n: n.encode()):
            r = bound[oname]
            op = M.Shape()
            op.name = oname
            op.errors, op.flags, op.auth, op.response_checksums = [], "0", "", ""
            op.ep = r
            op.ep_static_params, op.ep_context_params = r.static, r.context
            if r.static or r.context:
                rs.ops.append(op)
        # the service descriptor, in one object like <svc>_tables.c's
        rs.tables = types.SimpleNamespace(
            c="ept_" + c, service=s, service_id=None, operations=rs.ops, meta={},
            exceptions=[], all_shapes=[], shape_records=[], table_traits=[], table_members=[],
            table_ranges=[], table_xml_refs=[], protocol_enum=None, flags="0", ruleset=rs,
            paginator_count=0, waiter_count=0,
            table_strings=M.Strings(), table_shape_names=M.Strings())
        generate.service_tables(rs.tables, rs.tables.table_strings)
        items.append(rs)
    # balance the files by size, biggest first
    files = [[] for _ in range(chunks)]
    sizes = [0] * chunks
    for rs in sorted(items, key=lambda r: -r.size):
        k = sizes.index(min(sizes))
        files[k].append(rs)
        sizes[k] += rs.size
    os.makedirs(outdir, exist_ok=True)
    for k, group in enumerate(files):
        group.sort(key=lambda r: r.service)
        generate.write_if_changed(os.path.join(outdir, f"ep_rulesets_{k}.c"),
                                  generate.render(env, "endpoints.c.j2", mode="bundle",
                                                  rulesets=group))
    generate.write_if_changed(os.path.join(outdir, "ep_services.c"),
                              generate.render(env, "endpoints.c.j2", mode="services",
                                              rulesets=sorted(items, key=lambda r: r.service)))


def main(argv=None):
    ap = argparse.ArgumentParser(description="awsc endpoint rule set compiler")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("partitions")
    p.add_argument("--models", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("bundle")
    p.add_argument("--models", required=True)
    p.add_argument("--outdir", required=True)
    p.add_argument("--chunks", type=int, default=8)
    p.add_argument("--services", default="")
    p = sub.add_parser("inputs")
    p.add_argument("--models", required=True)
    p.add_argument("--services", default="all")
    args = ap.parse_args(argv)
    if args.cmd == "partitions":
        import generate
        parts, regions, regex, strings = compile_partitions(
            load_json(os.path.join(args.models, "partitions.json")))
        generate.write_if_changed(args.out, generate.render(generate.environment(),
                                                            "endpoints.c.j2", mode="partitions",
                                                            partitions=parts, regions=regions,
                                                            regex=regex, strings=strings))
    elif args.cmd == "bundle":
        services = [s for s in args.services.split(",") if s] or None
        bundle(args.models, args.outdir, args.chunks, services)
    elif args.cmd == "inputs":
        print(os.path.join(args.models, "partitions.json"))
        print(os.path.join(args.models, "partition-endpoints.json"))
        for s in M.list_services(args.models, args.services):
            d = M.service_dir(args.models, s)
            for f in sorted(os.listdir(d)):
                if f.startswith(("endpoint-rule-set-1.json", "service-2.json")):
                    print(os.path.join(d, f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
