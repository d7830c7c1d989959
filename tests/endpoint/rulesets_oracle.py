#!/usr/bin/python3
"""The expectations of the engine's own endpoint test cases
(tests/endpoint/rulesets: small rule sets that exercise what the services'
rule sets leave out: stringArray parameters and their defaults, lists in
messages, getAttr indexes, ARN resources, operationContextParams) are
botocore's: each case's params are resolved by botocore's EndpointProvider
and each operationInputs entry by its EndpointRulesetResolver (the binding
a client does: static and operation context parameters, builtins), and the
results must be the expectations in the cases file. The conformance
program then holds awsc to the same file.

usage: rulesets_oracle.py --botocore DIR --rulesets DIR [--write]
  --write fills the expectations in from botocore instead of checking them.
"""
import argparse
import json
import os
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--botocore", required=True)
ap.add_argument("--rulesets", required=True)
ap.add_argument("--write", action="store_true")
ARGS = ap.parse_args()
if not os.path.isfile(os.path.join(ARGS.botocore, "botocore", "__init__.py")):
    print(f"SKIP: no botocore source in {ARGS.botocore} (-Dbotocore_src)")
    sys.exit(77)
sys.path.insert(0, ARGS.botocore)

import botocore  # noqa: E402
from botocore.endpoint_provider import EndpointProvider  # noqa: E402
from botocore.exceptions import EndpointResolutionError  # noqa: E402
from botocore.hooks import HierarchicalEmitter  # noqa: E402
from botocore.loaders import Loader  # noqa: E402
from botocore.model import ServiceModel  # noqa: E402
from botocore.regions import EndpointRulesetResolver  # noqa: E402


def outcome(fn):
    try:
        ep = fn()
    except EndpointResolutionError as e:
        return {"error": str(e)}
    out = {"url": ep.url}
    if ep.properties:
        out["properties"] = ep.properties
    if ep.headers:
        out["headers"] = {k: v if isinstance(v, list) else [v] for k, v in ep.headers.items()}
    return {"endpoint": out}


def main():
    models = os.path.join(ARGS.rulesets, "models")
    loader = Loader(extra_search_paths=[models])
    partitions = loader.load_data("partitions")
    print(f"botocore {botocore.__version__} ({botocore.__file__})")
    passed = failed = 0
    for service in sorted(os.listdir(models)):
        ruleset = loader.load_service_model(service, "endpoint-rule-set-1")
        model = ServiceModel(loader.load_service_model(service, "service-2"), service)
        path = os.path.join(ARGS.rulesets, "cases", service, "endpoint-tests-1.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for i, case in enumerate(data["testCases"]):
            got = outcome(lambda: EndpointProvider(ruleset, partitions).resolve_endpoint(
                **case.get("params", {})))
            for oi in case.get("operationInputs", []):
                resolver = EndpointRulesetResolver(ruleset, partitions, model,
                                                   dict(oi.get("builtInParams", {})), {},
                                                   HierarchicalEmitter())
                op = model.operation_model(oi["operationName"])
                e2e = outcome(lambda: resolver.construct_endpoint(
                    op, oi.get("operationParams", {}), {}))
                if "endpoint" in e2e:
                    e2e["endpoint"].pop("headers", None)  # botocore keeps only the first
                    if "headers" in got.get("endpoint", {}):
                        e2e["endpoint"]["headers"] = got["endpoint"]["headers"]
                if e2e != got:
                    print(f"FAIL {service} case {i}: an operationInputs entry gives {e2e}, "
                          f"its params {got}")
                    failed += 1
            if ARGS.write:
                case["expect"] = got
            elif case.get("expect") != got:
                print(f"FAIL {service} case {i} ({case.get('documentation')}):\n"
                      f"  file:     {case.get('expect')}\n  botocore: {got}")
                failed += 1
                continue
            passed += 1
        if ARGS.write:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, ensure_ascii=False)
                f.write("\n")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
