#!/usr/bin/env python3
"""The compiled JMESPath against the jmespath Python library.

For each case of oracle_cases.json (every distinct expression of the
models' paginators and waiters, compiled against its operation's output
shape; see oracle_gen.py) this makes random documents of that output shape
aimed at the expression -- the members it names present most of the time,
lists of zero to three elements, strings drawn from the enum values and the
literals the waiters compare with, small numbers so that comparisons go
both ways -- and has both evaluate it: the harness (oracle_main.c) runs the
compiled program over the typed struct the JSON reader made, and jmespath
evaluates the text over the same JSON. Results must be equal, type errors
included.

  oracle.py HARNESS CASES.json MODELS [--samples N] [--seed S]
"""
import argparse
import base64
import json
import os
import random
import re
import sys

import jmespath

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "codegen"))
import model as M  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

MAX_DEPTH = 7


class Gen:
    def __init__(self, shapes, names, strings, rnd):
        self.shapes = shapes
        self.names = names        # identifiers the expression uses
        self.strings = strings    # literals worth hitting
        self.rnd = rnd

    def value(self, name, depth):
        s = self.shapes[name]
        t = s["type"]
        r = self.rnd
        if t == "structure" and s.get("document"):
            return self.document(depth)
        if t == "structure":
            if depth > MAX_DEPTH:
                return {}
            members = list(s.get("members", {}).items())
            if s.get("union"):
                named = [m for m in members if m[0] in self.names] or members
                if not named or r.random() < 0.2:
                    return {}
                mname, m = r.choice(named)
                return {mname: self.value(m["shape"], depth + 1)}
            obj = {}
            for mname, m in members:
                relevant = mname in self.names
                p = 0.85 if relevant else (0.08 if depth < 3 else 0.0)
                if r.random() < p:
                    obj[mname] = self.value(m["shape"], depth + 1)
            return obj
        if t == "list":
            if depth > MAX_DEPTH:
                return []
            n = r.choice([0, 1, 1, 2, 2, 3])
            return [self.value(s["member"]["shape"], depth + 1) for _ in range(n)]
        if t == "map":
            if depth > MAX_DEPTH:
                return {}
            n = r.choice([0, 1, 2, 2, 3])
            keys = r.sample(["k1", "k2", "k3", "alpha", "beta"], n)
            return {k: self.value(s["value"]["shape"], depth + 1) for k in keys}
        if t == "string":
            pool = list(self.strings) + list(s.get("enum", []))
            if not pool or r.random() < 0.2:
                pool = pool + ["", "x", "abc", "\u00e9t\u00e9"]
            return r.choice(pool)
        if t == "boolean":
            return r.random() < 0.5
        if t in ("integer", "long", "short", "byte"):
            return r.choice([0, 0, 1, 1, 2, 3, 7])
        if t in ("float", "double"):
            return r.choice([0, 0.5, 1, 1.5, 2])
        if t == "timestamp":
            return r.choice([0, 1500000000, 1600000000])
        if t == "blob":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(r.randrange(4)))).decode()
        raise SystemExit(f"oracle: no data for shape type {t}")

    def document(self, depth):
        r = self.rnd
        kind = r.choice(["n", "s", "b", "a", "o"] if depth < 4 else ["n", "s", "b"])
        if kind == "n":
            return r.choice([0, 1, 2.5])
        if kind == "s":
            return r.choice(list(self.strings) + ["doc"])
        if kind == "b":
            return r.random() < 0.5
        if kind == "a":
            return [self.document(depth + 1) for _ in range(r.randrange(3))]
        return {k: self.document(depth + 1) for k in r.sample(list(self.names) + ["z"], 2)
                if k}


def literals(expr):
    """String literals of an expression: 'raw' and `"json"` ones."""
    out = set(re.findall(r"'((?:[^'\\]|\\.)*)'", expr))
    for lit in re.findall(r"`([^`]*)`", expr):
        try:
            v = json.loads(lit)
        except ValueError:
            continue
        if isinstance(v, str):
            out.add(v)
    return out


def same(a, b):
    """Equality that tells booleans from numbers, as JSON does."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("harness")
    ap.add_argument("cases")
    ap.add_argument("models")
    ap.add_argument("--samples", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20221213)
    args = ap.parse_args()

    with open(args.cases, encoding="utf-8") as f:
        cases = json.load(f)
    rnd = random.Random(args.seed)
    raw_models = {}
    lines = []
    docs = []
    for c in cases:
        svc = c["service"]
        if svc not in raw_models:
            raw_models[svc] = M.load_service(args.models, svc)["shapes"]
        names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", c["expr"])) - {"length"}
        strings = literals(c["expr"]) | {json.loads(e) for e in c["expected"]
                                         if isinstance(json.loads(e), str)}
        gen = Gen(raw_models[svc], names, strings, rnd)
        for _ in range(args.samples):
            doc = gen.value(c["output"], 0)
            docs.append((c, doc))
            lines.append(f"{c['id']}\t{json.dumps(doc, ensure_ascii=False)}")

    proc = exe_wrapper.run([args.harness], input="\n".join(lines) + "\n", capture_output=True,
                           text=True, encoding="utf-8")
    if proc.returncode != 0:
        print(proc.stderr)
        raise SystemExit(f"oracle: the harness exited with {proc.returncode}")
    results = proc.stdout.splitlines()
    if len(results) != len(docs):
        raise SystemExit(f"oracle: {len(docs)} documents, {len(results)} results")

    failed_cases = {}
    compiled = {}
    outcome_kinds = {"value": 0, "null": 0, "error": 0}
    for (c, doc), line in zip(docs, results):
        cid, kind, text = line.split("\t", 2)
        assert int(cid) == c["id"]
        expr = compiled.setdefault(c["expr"], jmespath.compile(c["expr"]))
        try:
            want, want_error = expr.search(doc), None
        except Exception as e:  # jmespath's type errors, and Python's
            want, want_error = None, e
        problem = None
        if kind == "READ":
            problem = f"the harness could not read the document: {text}"
        elif want_error is not None:
            outcome_kinds["error"] += 1
            if kind != "ERROR":
                problem = f"jmespath raised {type(want_error).__name__}: {want_error}; awsc gave {text}"
        elif kind == "ERROR":
            problem = f"awsc failed ({text}); jmespath gave {json.dumps(want)}"
        else:
            got = json.loads(text)
            outcome_kinds["null" if want is None else "value"] += 1
            if not same(got, want):
                problem = f"awsc gave {text}; jmespath gave {json.dumps(want)}"
        if problem and c["id"] not in failed_cases:
            failed_cases[c["id"]] = (c, doc, problem)

    for c, doc, problem in failed_cases.values():
        print(f"FAIL {c['service']} {c['kind']}: {c['expr']!r} on {json.dumps(doc)}: {problem}")
    texts = {c["expr"] for c in cases}
    bad_texts = {c["expr"] for c, _, _ in failed_cases.values()}
    print(f"oracle: {len(texts)} distinct expressions in {len(cases)} cases "
          f"({len({c['service'] for c in cases})} services), {len(docs)} documents: "
          f"{len(texts) - len(bad_texts)} expressions agree with jmespath "
          f"{jmespath.__version__}, {len(bad_texts)} do not "
          f"(results: {outcome_kinds['value']} values, {outcome_kinds['null']} nulls, "
          f"{outcome_kinds['error']} type errors)")
    return 1 if failed_cases else 0


if __name__ == "__main__":
    sys.exit(main())
