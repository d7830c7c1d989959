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
      lambda r: r["parameters"]["Region"].update(type="Integer"),
      "unsupported type 'Integer'")
check("a stringArray parameter with its default",
      lambda r: r["parameters"].update(Arns={"type": "stringArray", "default": ["a", "b"]}),
      None)
check("a stringArray default that is not a list of strings",
      lambda r: r["parameters"].update(Arns={"type": "stringArray", "default": ["a", 1]}),
      "is not a list of strings")
check("getAttr [0] of a stringArray",
      lambda r: (r["parameters"].update(Arns={"type": "stringArray"}),
                 cond(r).append({"fn": "getAttr", "argv": [{"ref": "Arns"}, "[0]"],
                                 "assign": "First"}),
                 cond(r).append({"fn": "aws.parseArn", "argv": [{"ref": "First"}]})),
      None)
check("a stringArray where a string goes",
      lambda r: (r["parameters"].update(Arns={"type": "stringArray"}),
                 cond(r).append({"fn": "aws.parseArn", "argv": [{"ref": "Arns"}]})),
      "argument 1 of aws.parseArn is a list, not a string")
check("a stringArray in a template",
      lambda r: (r["parameters"].update(Arns={"type": "stringArray"}),
                 r["rules"][0]["rules"][1]["endpoint"].update(url="https://{Arns}.com")),
      "is a list, not a string")
check("getAttr [0] of a string",
      lambda r: cond(r).append({"fn": "getAttr", "argv": [{"ref": "Region"}, "[0]"]}),
      "a string has no index")
check("an index inside a getAttr path",
      lambda r: (cond(r).append({"fn": "aws.parseArn", "argv": [{"ref": "Region"}],
                                 "assign": "Arn"}),
                 cond(r).append({"fn": "getAttr", "argv": [{"ref": "Arn"},
                                                          "resourceId[0].name"]})),
      "an index ends the path")
check("getAttr resourceId, then [1]",
      lambda r: (cond(r).append({"fn": "aws.parseArn", "argv": [{"ref": "Region"}],
                                 "assign": "Arn"}),
                 cond(r).append({"fn": "getAttr", "argv": [{"ref": "Arn"}, "resourceId"],
                                 "assign": "Ids"}),
                 cond(r).append({"fn": "getAttr", "argv": [{"ref": "Ids"}, "[1]"]})),
      None)
# The limits of the tables' packed fields (<awsc/endpoint.h>).
check("getAttr [7]",
      lambda r: (cond(r).append({"fn": "aws.parseArn", "argv": [{"ref": "Region"}],
                                 "assign": "Arn"}),
                 cond(r).append({"fn": "getAttr", "argv": [{"ref": "Arn"}, "resourceId[7]"]})),
      "index above 6")
check("64 conditions",
      lambda r: cond(r).extend({"fn": "isSet", "argv": [{"ref": "Region"}]} for _ in range(63)),
      "more than 63 conditions")
check("a tree of 256 rules",
      lambda r: r["rules"][0]["rules"].extend(
          {"conditions": [], "error": f"e{i}", "type": "error"} for i in range(254)),
      "at most 255 rules")
check("an object of 256 properties",
      lambda r: r["rules"][0]["rules"][1]["endpoint"]["properties"].update(
          {f"p{i}": i for i in range(255)}),
      "more than 255 properties")


def shared(name, mutate, table, want):
    """Equal runs of rows are stored once."""
    global passed, failed
    raw = copy.deepcopy(GOOD)
    mutate(raw)
    got = len(getattr(endpoints.Ruleset(raw, "svc", "rs"), table))
    if got == want:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {want} {table}, got {got}")


def another_endpoint(r):
    ep = copy.deepcopy(r["rules"][0]["rules"][1])
    ep["endpoint"]["url"] = "https://other.{Region}.com"
    r["rules"][0]["rules"].insert(1, ep)


# {authSchemes: [{name, signingRegion}]}: five rows
shared("one endpoint's properties", lambda r: None, "props", 5)
shared("two endpoints, one property object", another_endpoint, "props", 5)
# two top-level trees (their rows), the children of both (two rows)
shared("a repeated subtree", lambda r: r["rules"].append(copy.deepcopy(r["rules"][0])),
       "rules", 4)


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

# operationContextParams: JMESPath on the input, compiled, checked against
# the input shape and the parameter's type
import model as M  # noqa: E402

SERVICE = {
    "metadata": {"protocol": "json", "apiVersion": "2020-01-01", "endpointPrefix": "svc",
                 "serviceId": "Svc", "jsonVersion": "1.0", "targetPrefix": "Svc",
                 "signatureVersion": "v4"},
    "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"},
                          "input": {"shape": "OpInput"}}},
    "shapes": {
        "OpInput": {"type": "structure", "members": {
            "Items": {"shape": "ItemList"}, "Tables": {"shape": "TableMap"},
            "Name": {"shape": "Name"}, "Count": {"shape": "Count"}}},
        "ItemList": {"type": "list", "member": {"shape": "Item"}},
        "Item": {"type": "structure", "members": {"Get": {"shape": "Ref"},
                                                  "Put": {"shape": "Ref"}}},
        "Ref": {"type": "structure", "members": {"TableName": {"shape": "Name"}}},
        "TableMap": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Count"}},
        "Name": {"type": "string"},
        "Count": {"type": "integer"},
    },
}
TYPES = {"List": "list", "One": "string"}


def check_op(name, params, want):
    global passed, failed
    raw = copy.deepcopy(SERVICE)
    raw["operations"]["Op"]["operationContextParams"] = params
    model = M.Model(raw, "svc", docs=False)
    inputs = {o.name: o.input for o in model.operations}
    try:
        bound = endpoints.operation_params("svc", raw["operations"], raw["shapes"], TYPES,
                                           inputs.get)
        got = None if bound["Op"].exprs else "nothing compiled"
    except endpoints.RulesetError as e:
        got = str(e)
    if (want is None and got is None) or (want is not None and got and want in got):
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: want {want!r}, got {got!r}")


check_op("keys() of a map", {"List": {"path": "keys(Tables)"}}, None)
check_op("a projection", {"List": {"path": "Items[*].Get.TableName"}}, None)
check_op("a multi-select list, flattened",
         {"List": {"path": "Items[*].[Get.TableName, Put.TableName][]"}}, None)
check_op("a plain path", {"One": {"path": "Items[0].Get.TableName"}}, None)
check_op("a member the input does not have", {"List": {"path": "keys(Nope)"}},
         "has no member 'Nope'")
check_op("keys() of a list", {"List": {"path": "keys(Items)"}}, "keys() of a list")
check_op("a function outside the subset", {"List": {"path": "sort(keys(Tables))"}},
         "the function sort()")
check_op("a multi-select hash", {"List": {"path": "Items[*].{a: Get}"}}, "multi-select hash")
check_op("a list for a string parameter", {"One": {"path": "keys(Tables)"}},
         "gives a list of strings, not a string")
check_op("numbers for a stringArray", {"List": {"path": "values(Tables)"}}, "values()")
check_op("integers for a stringArray", {"List": {"path": "Items[*].Count"}}, "has no member")
check_op("a number for a string", {"One": {"path": "Count"}}, "gives an integer, not a string")

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
