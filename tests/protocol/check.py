#!/usr/bin/python3
"""Compares what tests/protocol/runner printed with botocore's protocol
suites, the way botocore's own tests/unit/test_protocols.py compares.

  check.py --run RUNNER DIR/input/json.json [--run ...] [--skip skip.txt] [-v]

Input cases: the body is compared as parsed JSON values (json, and
rest-json when it is JSON), as canonical XML (rest-xml), as decoded CBOR
(smithy-rpc-v2-cbor, whose bodies the runner prints in base64) or as
text; every
expected header must be present with an equal value (names
case-insensitive; for rest-json and rest-xml, Content-Type and list
headers as botocore's tests compare them);
forbidHeaders must be absent; the uri (path and query) and, when given,
the method must be equal; "host" is the operation's host prefix followed
by the suite's clientEndpoint host. Output cases: the result, or for an
error {"Error": {"Code", "Message"}} plus the modeled error's members, must
be equal; "NaN", "Infinity" and "-Infinity" stand for those floats.

skip.txt holds one case per line: `FILE CASE-ID  reason`, FILE relative to
the protocols folder (input/json.json). Skipped cases still run (a crash
fails the file) but are not compared.
"""
import argparse
import base64
import json
import math
import os
import sys
import xml.etree.ElementTree as ET
from urllib.parse import parse_qsl, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cbor_items  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def load_skips(path, name):
    skips = {}
    if not path:
        return skips
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 3:
                raise SystemExit(f"{path}:{n}: expected 'FILE CASE-ID reason'")
            if parts[0] == name:
                skips[parts[1]] = parts[2]
    return skips


def lower_keys(d):
    return {k.lower(): v for k, v in (d or {}).items()}


def cbor_value(v):
    """A decoded CBOR body as botocore's tests compare it: a timestamp (tag
    1) as its epoch seconds, NaN and the infinities as the suites' strings."""
    if isinstance(v, cbor_items.Tag):
        return {"timestamp": float(v.value)} if v.tag == 1 else v
    if isinstance(v, float) and not math.isfinite(v):
        return "NaN" if v != v else "Infinity" if v > 0 else "-Infinity"
    if isinstance(v, dict):
        return {k: cbor_value(x) for k, x in v.items()}
    if isinstance(v, list):
        return [cbor_value(x) for x in v]
    return v


def cbor_body_problems(actual_b64, expected_b64):
    """As botocore's tests: a body is compared as its decoded value (an
    empty one as bytes)."""
    actual, expected = base64.b64decode(actual_b64), base64.b64decode(expected_b64)
    if not actual:
        return [] if actual == expected else [f"body: got none, expected "
                                              f"{cbor_items.diagnostic(expected)}"]
    try:
        a = cbor_value(cbor_items.decode(actual))
    except ValueError as e:
        return [f"body is not CBOR ({e}): {actual.hex()}"]
    e = cbor_value(cbor_items.decode(expected))
    if a != e:
        return [f"body: got {a!r}, expected {e!r}"]
    return []


def body_problems(protocol, actual, expected):
    """The body compared as botocore's tests do: JSON as values (a rest-json
    body that is not JSON, such as a raw payload, as text); rest-xml as
    canonical XML with the white space around text stripped (as text when
    it is not XML); anything else as text."""
    if protocol in ("json", "rest-json"):
        try:
            a, e = json.loads(actual), json.loads(expected)
        except ValueError as err:
            if protocol == "json":
                return [f"body is not JSON ({err}): {actual!r}"]
            a, e = actual, expected
        if a != e:
            return [f"body: got {json.dumps(a)}, expected {json.dumps(e)}"]
        return []
    if protocol == "rest-xml":
        try:
            a = ET.canonicalize(actual, strip_text=True)
            e = ET.canonicalize(expected, strip_text=True)
        except ET.ParseError:
            a, e = actual, expected
        if a != e:
            return [f"body: got {a!r}, expected {e!r}"]
        return []
    if protocol in ("query", "ec2"):
        # the form's parameters, in order
        a = parse_qsl(actual, keep_blank_values=True)
        e = parse_qsl(expected, keep_blank_values=True)
        if a != e:
            return [f"body: got {actual!r}, expected {expected!r}"]
        return []
    if actual != expected:
        return [f"body: got {actual!r}, expected {expected!r}"]
    return []


def rest_expected_headers(protocol, case, suite, expected, actual_lower):
    """The expected headers of a rest-json or rest-xml case as botocore's
    tests compare them: Content-Type only when rest-json expects
    application/json; list headers without the blank after each comma
    (in the actual value too, for lists of HTTP dates)."""
    expected = dict(expected)
    for name in list(expected):
        if name.lower() == "content-type" and (
                protocol == "rest-xml" or expected[name] != "application/json"):
            del expected[name]
    shapes = suite.get("shapes", {})
    input_name = case.get("given", {}).get("input", {}).get("shape")
    for member in shapes.get(input_name, {}).get("members", {}).values():
        target = shapes.get(member["shape"], {})
        header = member.get("locationName")
        if member.get("location") != "header" or target.get("type") != "list" or not header:
            continue
        for name in expected:
            if name.lower() == header.lower():
                expected[name] = expected[name].replace(", ", ",")
        item = shapes.get(target.get("member", {}).get("shape"), {})
        if item.get("type") == "timestamp" and header.lower() in actual_lower:
            actual_lower[header.lower()] = actual_lower[header.lower()].replace(", ", ",")
    return expected


def check_input(case, got, suite):
    exp = case["serialized"]
    if "failure" in got:
        return [f"{got['failure']['stage']} failed: {got['failure']['status']}: "
                f"{got['failure']['message']}"]
    problems = []
    protocol = suite["metadata"]["protocol"]
    if protocol == "smithy-rpc-v2-cbor":
        problems += cbor_body_problems(got["body"], exp.get("body", ""))
    elif "body" in exp:
        problems += body_problems(protocol, got["body"], exp["body"])
    actual_headers = lower_keys(got["headers"])
    expected_headers = exp.get("headers", {})
    if protocol in ("rest-json", "rest-xml"):
        expected_headers = rest_expected_headers(protocol, case, suite, expected_headers,
                                                 actual_headers)
    if protocol in ("query", "ec2"):
        # as botocore's tests: the suites leave out the form's charset
        expected_headers = {k: v + "; charset=utf-8" if k.lower() == "content-type"
                            and "charset=utf-8" not in v else v
                            for k, v in expected_headers.items()}
    for name, value in expected_headers.items():
        if name.lower() not in actual_headers:
            problems.append(f"header {name} missing (expected {value!r})")
        elif actual_headers[name.lower()] != value:
            problems.append(f"header {name}: got {actual_headers[name.lower()]!r}, "
                            f"expected {value!r}")
    for name in exp.get("forbidHeaders", []):
        if name.lower() in actual_headers:
            problems.append(f"header {name} must not be sent")
    if got["uri"] != exp.get("uri", ""):
        problems.append(f"uri: got {got['uri']!r}, expected {exp.get('uri', '')!r}")
    if "method" in exp and got["method"] != exp["method"]:
        problems.append(f"method: got {got['method']!r}, expected {exp['method']!r}")
    if "host" in exp:
        host = (got.get("host_prefix") or "") + urlsplit(suite.get("clientEndpoint", "")).netloc
        if host != exp["host"]:
            problems.append(f"host: got {host!r}, expected {exp['host']!r}")
    return problems


def jsonvalue_as_value(result, case, suite):
    """A jsonvalue member of the output is a string of JSON text in awsc's
    output struct; botocore's result holds the value it decodes (the legacy
    suites), or, where a suite expects the text, the text."""
    shapes = suite.get("shapes", {})
    output = shapes.get(case.get("given", {}).get("output", {}).get("shape"), {})
    expected = case.get("result", {})
    for name, member in output.get("members", {}).items():
        if member.get("jsonvalue") and isinstance(result.get(name), str) and \
                not isinstance(expected.get(name), str):
            try:
                result = dict(result, **{name: json.loads(result[name])})
            except ValueError:
                pass
    return result


def check_output(case, got, suite):
    if "failure" in got:
        return [f"{got['failure']['stage']} failed: {got['failure']['status']}: "
                f"{got['failure']['message']}"]
    problems = []
    if "error" in case or "errorCode" in case:
        if "error" not in got:
            return [f"expected an error, got {json.dumps(got)}"]
        expected = {"Error": {"Code": case.get("errorCode", ""),
                              "Message": case.get("errorMessage", "")}}
        expected.update(case.get("error", {}))
        e = got["error"]
        actual = {"Error": {"Code": e["code"], "Message": e["message"]}}
        actual.update(e["members"])
    else:
        expected = case["result"]
        actual = jsonvalue_as_value(got["result"], case, suite)
    if actual != expected:
        problems.append(f"result: got {json.dumps(actual)}, expected {json.dumps(expected)}")
    # not compared by botocore, which drops ResponseMetadata; checked here
    headers = lower_keys(case["response"].get("headers"))
    if "x-amzn-requestid" in headers and got.get("request_id") != headers["x-amzn-requestid"]:
        problems.append(f"request id: got {got.get('request_id')!r}, expected "
                        f"{headers['x-amzn-requestid']!r}")
    return problems


def check_file(runner, suite_path, skip_path, verbose):
    """Runs one suite file; returns (total, passed, failed, skipped)."""
    parts = os.path.normpath(suite_path).split(os.sep)
    name = "/".join(parts[-3:] if len(parts) > 2 and parts[-3] == "legacy" else parts[-2:])
    skips = load_skips(skip_path, name)
    with open(suite_path, encoding="utf-8") as f:
        suites = json.load(f)

    run = exe_wrapper.run([runner, suite_path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.stdout.write(run.stderr)
        print(f"{name}: the runner exited with status {run.returncode}")
    results = {}
    for line in run.stdout.splitlines():
        got = json.loads(line)
        results[(got["suite"], got["case"])] = got

    total = passed = failed = skipped = 0
    seen_skips = set()
    for i, suite in enumerate(suites):
        for j, case in enumerate(suite["cases"]):
            total += 1
            cid = case.get("id", f"{i}:{j}")
            if cid in skips:
                skipped += 1
                seen_skips.add(cid)
                if verbose:
                    print(f"skip {name} {cid}: {skips[cid]}")
                continue
            got = results.get((i, j))
            if got is None:
                problems = ["no output from the runner (did it crash?)"]
            elif "serialized" in case:
                problems = check_input(case, got, suite)
            else:
                problems = check_output(case, got, suite)
            if problems:
                failed += 1
                print(f"FAIL {name} {cid} ({suite['description']}, {i}:{j})")
                for p in problems:
                    print(f"    {p}")
            else:
                passed += 1
                if verbose:
                    print(f"ok   {name} {cid}")
    for cid in sorted(set(skips) - seen_skips):
        print(f"note: skip.txt names {name} {cid}, which is not in the file")
    if run.returncode != 0 and not failed:
        failed = 1
    print(f"{name}: {total} cases, {passed} passed, {failed} failed, {skipped} skipped")
    return total, passed, failed, skipped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", nargs=2, action="append", required=True, metavar=("RUNNER", "SUITE"),
                    help="a runner and the suite file it was generated from (repeatable)")
    ap.add_argument("--skip", help="the skip list (tests/protocol/skip.txt)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    sums = [0, 0, 0, 0]
    for runner, suite in args.run:
        for k, n in enumerate(check_file(runner, suite, args.skip, args.verbose)):
            sums[k] += n
    print(f"{sums[1]} passed, {sums[2]} failed, {sums[3]} skipped")
    return 1 if sums[2] else 0


if __name__ == "__main__":
    sys.exit(main())
