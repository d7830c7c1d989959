#!/usr/bin/env python3
"""The generator's JMESPath compiler refuses, loudly and by name, what it
does not compile, and compiles what the models use into the same trees as
the jmespath library parses.

  jmespath_subset_test.py CODEGEN_DIR
"""
import importlib.util
import os
import sys

import jmespath as reference

CODEGEN = sys.argv[1] if len(sys.argv) > 1 else "codegen"
sys.path.insert(0, CODEGEN)
import model as M  # noqa: E402

# codegen/jmespath.py, under another name than the library's
_spec = importlib.util.spec_from_file_location("awsc_jmespath",
                                               os.path.join(CODEGEN, "jmespath.py"))
jp_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(jp_module)

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what)


def shape(name, type_, **kw):
    s = M.Shape()
    s.name, s.type = name, type_
    for k, v in kw.items():
        setattr(s, k, v)
    return s


def member(name, sh):
    m = M.Member()
    m.name, m.shape = name, sh
    return m


STRING = shape("String", "string")
INTEGER = shape("Integer", "integer")
ITEM = shape("Item", "structure", members=[member("Status", STRING), member("Count", INTEGER)])
ITEMS = shape("Items", "list", item=ITEM)
TAGS = shape("Tags", "map", key=STRING, item=STRING)
OUT = shape("Out", "structure",
            members=[member("Items", ITEMS), member("Name", STRING), member("Tags", TAGS),
                     member("Total", INTEGER)])

# compiled: the forms the models use
for text in ["Name", "Items[0].Status", "Items[-1].Status", "Items[].Status", "Items[*].Count",
             "length(Items[]) > `0`", "Tags.*", "Tags.foo", "Name || Items[-1].Status",
             "!(Total == `1` && Name == 'x')", "Items[?Status == 'OK'].Count",
             "length(Items[?!(Count == `1` && Status == 'x')]) == `0`", "Items | [0]", "@",
             "\"Name\"", "Total >= `2`", "Items[].Status | [0]", "[Name, Total]",
             "Items[].[Status, Count]", "keys(Tags)", "Items[*].[Status, Status][]", "keys(@)"]:
    try:
        jp_module.compile_expr(text, OUT, "test")
    except jp_module.JMESPathError as e:
        check(False, f"{text!r} did not compile: {e}")

# refused, with the reason
REFUSED = {
    "Items[0:2]": "a slice",
    "Items[::-1]": "a slice",
    "{a: Name}": "a multi-select hash",
    "Items[0][Status, Count]": "unexpected '['",
    "keys(Name)": "keys() of a string",
    "keys(Items)": "keys() of a list",
    "keys(Tags, Name)": "keys() takes one argument",
    "sort_by(Items, &Count)": "an expression reference",
    "sort_by(Items, Count)": "the function sort_by()",
    "max(Items[].Count)": "the function max()",
    "contains(Name, 'x')": "the function contains()",
    "Missing": "Out has no member 'Missing'",
    "Items[].Nope": "Item has no member 'Nope'",
    "Items.Status": "is taken from a list",
    "Name.Length": "is taken from a string",
    "length(Total)": "length() of a integer",
    "Name == `[1, 2]`": "not a scalar",
    "Name[": "unterminated",
    "Name ==": "unexpected",
    "Name $ x": "unexpected character",
}
for text, why in REFUSED.items():
    try:
        jp_module.compile_expr(text, OUT, "svc waiter W")
        check(False, f"{text!r} compiled")
    except jp_module.JMESPathError as e:
        msg = str(e)
        check(why in msg and "svc waiter W" in msg and repr(text) in msg or why in msg,
              f"{text!r}: {msg!r} does not say {why!r}")


# the parser agrees with the library's on every shape of tree it builds
def norm(node):
    """The library's AST in the compiler's terms."""
    t = node["type"]
    ch = node.get("children", [])
    if t == "field":
        return ("field", node["value"])
    if t == "subexpression" or t == "pipe":
        out = norm(ch[0])
        for c in ch[1:]:
            out = ("sub", out, norm(c))
        return out
    if t == "index_expression":
        return ("sub", norm(ch[0]), norm(ch[1])) if norm(ch[0]) != ("current",) else norm(ch[1])
    if t == "index":
        return ("index", node["value"])
    if t in ("identity", "current"):
        return ("current",)
    if t == "projection":
        return ("project", norm(ch[0]), norm(ch[1]))
    if t == "value_projection":
        return ("values", norm(ch[0]), norm(ch[1]))
    if t == "filter_projection":
        return ("filter", norm(ch[0]), norm(ch[2]), norm(ch[1]))
    if t == "flatten":
        return ("flatten", norm(ch[0]))
    if t == "literal":
        return ("literal", node["value"])
    if t == "comparator":
        return ("cmp", node["value"], norm(ch[0]), norm(ch[1]))
    if t == "or_expression":
        return ("or", norm(ch[0]), norm(ch[1]))
    if t == "and_expression":
        return ("and", norm(ch[0]), norm(ch[1]))
    if t == "not_expression":
        return ("not", norm(ch[0]))
    if t == "function_expression":
        return (node["value"], norm(ch[0]))
    if t == "multi_select_list":
        return ("multi", [norm(c) for c in ch])
    raise ValueError(t)


for text in ["a.b.c", "a[0].b", "a[-1].b", "a[].b[].c", "a[*].b", "a.*.b", "a[?b == 'x'].c",
             "length(a[?!(length(b) == `1` && c == d)]) == `0`", "a || b[-1].c", "a && !b",
             "a[].b.c[0]", "a | b", "a[].b | [0]", "`true`", "'raw'", "a.b[]", "a[][]",
             "[a, b]", "a.[b, c.d]", "a[*].[b.c, d.e][]", "keys(a)", "keys(a.b)[0]"]:
    mine = jp_module.parse(text)
    theirs = norm(reference.compile(text).parsed)
    check(mine == theirs, f"{text!r}: parsed as {mine}, the library says {theirs}")

print("jmespath subset:", "FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
