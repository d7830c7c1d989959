#!/usr/bin/python3
"""The rule-set compiler (codegen/endpoints.py) refuses what the runtime
does not implement, loudly and by name, and compiles what it does.

usage: generator_test.py SOURCE_ROOT
"""
import copy
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "codegen"))
import endpoints  # noqa: E402

GOOD = {
    "version": "1.0",
    "parameters": {
        "Region": {"type": "String", "builtIn": "AWS::Region", "required": True},
        "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": True,
                    "default": False},
    },
    "rules": [
        {"conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}],
                         "assign": "PartitionResult"}],
         "type": "tree",
         "rules": [
             {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}],
              "error": "FIPS is not here", "type": "error"},
             {"conditions": [],
              "endpoint": {"url": "https://svc.{Region}.{PartitionResult#dnsSuffix}",
                           "properties": {"authSchemes": [{"name": "sigv4",
                                                           "signingRegion": "{Region}"}]},
                           "headers": {}},
              "type": "endpoint"}]},
    ],
}

passed = failed = 0


def check(name, mutate, want):
    global passed, failed
    raw = copy.deepcopy(GOOD)
    mutate(raw)
    try:
        endpoints.Ruleset(raw, "svc", "rs")
        got = None
    except endpoints.RulesetError as e:
        got = str(e)
    if (want is None and got is None) or (want is not None and got and want in got):
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: want {want!r}, got {got!r}")


def cond(raw):
    return raw["rules"][0]["rules"][0]["conditions"]


check("the good rule set", lambda r: None, None)
check("unknown function",
      lambda r: cond(r).append({"fn": "aws.frobnicate", "argv": []}),
      "unknown function 'aws.frobnicate'")
check("unknown builtIn",
      lambda r: r["parameters"]["Region"].update(builtIn="AWS::Nope"),
      "unknown builtIn 'AWS::Nope'")
check("unknown parameter type",
      lambda r: r["parameters"]["Region"].update(type="StringArray"),
      "unsupported type 'StringArray'")
check("reference before assignment",
      lambda r: cond(r).append({"fn": "isSet", "argv": [{"ref": "url"}]}),
      "reference to 'url'")
check("re-assignment",
      lambda r: cond(r).append({"fn": "aws.partition", "argv": [{"ref": "Region"}],
                                "assign": "PartitionResult"}),
      "assignment to 'PartitionResult'")
check("unknown attribute",
      lambda r: cond(r).append({"fn": "getAttr", "argv": [{"ref": "PartitionResult"},
                                                          "colour"]}),
      "has no attribute 'colour'")
check("argument types",
      lambda r: cond(r).append({"fn": "stringEquals", "argv": [{"ref": "UseFIPS"}, "x"]}),
      "argument 1 of stringEquals is a bool")
check("argument count",
      lambda r: cond(r).append({"fn": "isValidHostLabel", "argv": [{"ref": "Region"}]}),
      "isValidHostLabel takes 2 arguments")
check("template with a format spec",
      lambda r: r["rules"][0]["rules"][1]["endpoint"].update(url="https://{Region}.{Region:>9}"),
      "format spec")
check("template of an unknown variable",
      lambda r: r["rules"][0]["rules"][1]["endpoint"].update(url="https://{Nope}.com"),
      "refers to 'Nope'")
check("unknown rule type",
      lambda r: r["rules"][0]["rules"].append({"conditions": [], "type": "maybe"}),
      "unknown rule type 'maybe'")
check("unknown endpoint keys",
      lambda r: r["rules"][0]["rules"][1]["endpoint"].update(timeout=3),
      "unknown endpoint keys")

# partitions: the regular expressions
for rx, want in [(r"^(us|eu)\-\w+\-\d+$", None), (r"^cn\-\w+\-\d+$", None),
                 (r"^[a-z]+$", "unsupported '['"), (r"^us\-\s+$", "unsupported escape")]:
    try:
        endpoints.compile_regex(rx, "p")
        got = None
    except endpoints.RulesetError as e:
        got = str(e)
    if (want is None and got is None) or (want and got and want in got):
        passed += 1
    else:
        failed += 1
        print(f"FAIL regex {rx}: want {want!r}, got {got!r}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
