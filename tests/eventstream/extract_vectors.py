#!/usr/bin/python3
"""Extracts the encoded event-stream messages of botocore's
tests/unit/test_eventstream.py, and what botocore expects of each, as
data: tests/data/botocore/unit/eventstream/vectors.json.

The file is read as text and walked with ast: nothing of it is run or
copied but the literal byte strings, header values and expectations.

usage: extract_vectors.py BOTOCORE_TESTS_DIR OUT.json   (writes OUT.json)
       extract_vectors.py BOTOCORE_TESTS_DIR --check OUT.json
                                 (exit 0 when OUT.json is what the file gives,
                                  77 when the file is absent)
"""
import ast
import json
import os
import sys


class Unsupported(Exception):
    pass


CONSTS = {}  # the module's constants read so far (for NAME[i])


def value(node):
    """A literal expression: constants, tuples, lists, dicts, + and * of
    them, MessagePrelude(...) and EventStreamMessage(...) as dicts, and a
    bare name as its string (an exception class)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.Tuple, ast.List)):
        return [value(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {value(k): value(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult, ast.Pow)):
        a, b = value(node.left), value(node.right)
        try:
            if isinstance(node.op, ast.Add):
                return a + b
            if isinstance(node.op, ast.Mult):
                return a * b
            return a ** b
        except TypeError:
            raise Unsupported(ast.dump(node)[:80])
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -value(node.operand)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id in ("MessagePrelude", "EventStreamMessage"):
        return {kw.arg: value(kw.value) for kw in node.keywords}
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
            node.value.id in CONSTS:
        return CONSTS[node.value.id][value(node.slice)]
    if isinstance(node, ast.Name):
        return {"name": node.id}
    raise Unsupported(ast.dump(node)[:80])


def jsonable(v):
    """Header values and payloads as JSON: bytes as {"hex": ...}."""
    if isinstance(v, bytes):
        return {"hex": v.hex()}
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v


def long_bytes(b):
    """A byte string as hex, or as parts when it repeats one byte at length
    (botocore's 24 MiB payload vector)."""
    if len(b) < 4096:
        return {"hex": b.hex()}
    parts, i = [], 0
    while i < len(b):
        j = i
        while j < len(b) and b[j] == b[i]:
            j += 1
        if j - i >= 64:
            parts.append({"repeat": b[i:i + 1].hex(), "count": j - i})
            i = j
        else:
            k = i
            while k < len(b) and not (k + 64 <= len(b) and b[k:k + 64] == b[k:k + 1] * 64):
                k += 1
            parts.append({"hex": b[i:k].hex()})
            i = k
    return {"parts": parts}


def extract(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    consts = CONSTS
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            try:
                consts[node.targets[0].id] = value(node.value)
            except Unsupported:
                pass
    out = {"messages": [], "negative": [], "streams": []}
    for name in (n["name"] for n in consts["POSITIVE_CASES"]):
        encoded, msg = consts[name]
        out["messages"].append({
            "name": name,
            "bytes": long_bytes(encoded),
            "prelude": msg["prelude"],
            "headers": jsonable(msg["headers"]),
            "payload": jsonable(msg["payload"]),
            "crc": msg["crc"],
        })
    for name in (n["name"] for n in consts["NEGATIVE_CASES"]):
        encoded, exc = consts[name]
        out["negative"].append({"name": name, "bytes": long_bytes(encoded),
                                "error": exc["name"]})
    # the stream tests: the chunks given to create_mock_raw_stream, and
    # what the test expects of them
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        chunks, local, raises, initial = None, {}, None, False
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id == "create_mock_raw_stream":
                try:
                    chunks = [value(a) for a in node.args]
                except Unsupported:
                    chunks = None
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name):
                try:
                    local[node.targets[0].id] = value(node.value)
                except Unsupported:
                    pass
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "raises" and node.args:
                raises = value(node.args[0])["name"]
            if isinstance(node, ast.Attribute) and node.attr == "get_initial_response":
                initial = True
        if chunks is None or not all(isinstance(c, bytes) for c in chunks):
            continue
        entry = {"name": fn.name, "chunks": [c.hex() for c in chunks],
                 "initial_response": initial}
        if raises:
            entry["error"] = raises
        elif "response_dict" in local:
            entry["messages"] = [{"headers": jsonable(local["response_dict"]["headers"]),
                                  "payload": jsonable(local["response_dict"]["body"])}]
        elif "headers" in local and "payload" in local:
            entry["messages"] = [{"headers": jsonable(local["headers"]),
                                  "payload": jsonable(local["payload"])}]
        else:
            continue
        out["streams"].append(entry)
    return out


HEADER = {
    "source": "botocore 1.43.67 (boto/botocore, commit 0e6e2404b85dc336dd2889814e089bde7d1a4c55), "
              "tests/unit/test_eventstream.py: its encoded messages and what it expects of each, "
              "extracted as data by tests/eventstream/extract_vectors.py",
    "license": "Apache License 2.0: see LICENSE.txt and NOTICE in tests/data/botocore",
    "format": "bytes: {hex} or {parts: [{hex} | {repeat: one byte's hex, count}]}; header "
              "values as botocore expects them (bool, int, string, or {hex} for bytes); "
              "error: the botocore exception raised",
}


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    if len(args) != 2:
        sys.exit(__doc__)
    src = os.path.join(args[0], "unit", "test_eventstream.py")
    if not os.path.exists(src):
        print(f"SKIP: {src} is absent")
        return 77
    doc = dict(HEADER)
    doc.update(extract(src))
    text = json.dumps(doc, indent=1) + "\n"
    if check:
        have = open(args[1], encoding="utf-8").read()
        if have != text:
            print(f"FAIL: {args[1]} differs from what {src} gives; rerun {sys.argv[0]}")
            return 1
        print(f"ok: {args[1]} is what {src} gives "
              f"({len(doc['messages'])} messages, {len(doc['negative'])} negative cases, "
              f"{len(doc['streams'])} streams)")
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args[1])), exist_ok=True)
    with open(args[1], "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
