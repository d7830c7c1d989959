#!/usr/bin/env python3
"""The awsc tool's pagination and `wait` against the AWS CLI, on dynalite.

  cli_test.py AWSC URL

Paged commands print what `aws` prints (the merged result keys, and the
same NextToken: both use botocore's token format), for whole listings,
--page-size, --max-items, --starting-token from either tool, and
--no-paginate. `awsc dynamodb wait` succeeds, fails and exits as `aws
dynamodb wait` does. Members `aws` prints as null (non-aggregate keys the
service left out) are not compared: awsc leaves absent members out.
"""
import base64
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS = "/usr/bin/aws"
failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what)
    return cond


def run(tool, url, *args):
    cmd = [tool, "--endpoint-url", url] + list(args)
    if tool == AWS:
        cmd += ["--output", "json"]
    p = exe_wrapper.run(cmd, capture_output=True, text=True, env=ENV)
    return p.returncode, p.stdout, p.stderr


def json_of(out):
    data = json.loads(out) if out.strip() else {}
    return {k: v for k, v in data.items() if v is not None}


def both(url, *args):
    rc1, out1, err1 = run(AWSC, url, *args)
    rc2, out2, err2 = run(AWS, url, *args)
    check(rc1 == 0 and rc2 == 0, f"{' '.join(args)}: exit {rc1} (awsc: {err1.strip()}), "
                                 f"{rc2} (aws: {err2.strip()})")
    if rc1 or rc2:
        return None, None
    a, b = json_of(out1), json_of(out2)
    check(a == b, f"{' '.join(args)}: awsc printed {json.dumps(a)[:300]}...\n"
                  f"  aws printed {json.dumps(b)[:300]}...")
    return a, b


def main():
    global AWSC, ENV
    AWSC, url = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="awsc-pg-cli-")
    ENV = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    ENV.update(HOME=home, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_PAGER="",
               AWS_CONFIG_FILE=os.path.join(home, "config"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "credentials"))
    table = "awsc-cli-pages"

    rc, _, err = run(AWSC, url, "dynamodb", "create-table", "--table-name", table,
                     "--attribute-definitions", '[{"AttributeName": "pk", "AttributeType": "S"}]',
                     "--key-schema", '[{"AttributeName": "pk", "KeyType": "HASH"}]',
                     "--billing-mode", "PAY_PER_REQUEST")
    if not check(rc == 0, f"create-table: {err}"):
        return 1
    rc, out, err = run(AWSC, url, "dynamodb", "wait", "table-exists", "--table-name", table,
                       "--waiter-delay", "100")
    check(rc == 0 and out == "", f"wait table-exists: exit {rc}: {err}")
    for i in range(57):
        rc, _, err = run(AWSC, url, "dynamodb", "put-item", "--table-name", table, "--item",
                         json.dumps({"pk": {"S": f"key-{i:03d}"}, "n": {"N": str(i)}}))
        if not check(rc == 0, f"put-item: {err}"):
            return 1

    scan = ["dynamodb", "scan", "--table-name", table]
    a, _ = both(url, *scan)
    check(a and len(a["Items"]) == 57 and a["Count"] == 57, "scan: every item, merged")
    a, _ = both(url, *scan, "--page-size", "5")
    check(a and len(a["Items"]) == 57 and a["ScannedCount"] == 57, "scan --page-size 5")
    a, b = both(url, *scan, "--page-size", "5", "--max-items", "13")
    token = a and a.get("NextToken")
    check(a and len(a["Items"]) == 13 and token and token == b.get("NextToken"),
          "scan --max-items 13: 13 items and the same NextToken")
    if token:
        decoded = json.loads(base64.b64decode(token))
        check(decoded.get("boto_truncate_amount") == 3, f"token {decoded}")
        rest, _ = both(url, *scan, "--page-size", "5", "--starting-token", token)
        seen = {i["pk"]["S"] for i in a["Items"]} | {i["pk"]["S"] for i in rest["Items"]}
        check(rest and len(rest["Items"]) == 44 and len(seen) == 57,
              "the rest from the token: 44 more, 57 distinct")
    # a token from aws, taken by awsc
    rc, out, _ = run(AWS, url, *scan, "--page-size", "10", "--max-items", "20")
    aws_token = json.loads(out).get("NextToken") if rc == 0 else None
    if check(aws_token, "aws gave no NextToken"):
        rc, out, err = run(AWSC, url, *scan, "--page-size", "10", "--starting-token", aws_token)
        check(rc == 0 and len(json.loads(out)["Items"]) == 37, f"awsc from aws's token: {err}")
    a, _ = both(url, *scan, "--limit", "4", "--no-paginate")
    check(a and len(a["Items"]) == 4 and "LastEvaluatedKey" in a, "--no-paginate: one page")
    # the limit key or an input token given by hand: one call, no paging
    a, _ = both(url, *scan, "--limit", "6")
    check(a and len(a["Items"]) == 6 and "LastEvaluatedKey" in a, "--limit: one page")
    if a:
        key = json.dumps(a["LastEvaluatedKey"])
        b, _ = both(url, *scan, "--exclusive-start-key", key)
        check(b and len(b["Items"]) == 51, "--exclusive-start-key: the rest, in one call")
    q = ["dynamodb", "query", "--table-name", table, "--key-condition-expression", "pk = :p",
         "--expression-attribute-values", '{":p": {"S": "key-007"}}']
    a, _ = both(url, *q)
    check(a and a["Count"] == 1, "query")
    rc, _, err = run(AWSC, url, *scan, "--no-paginate", "--max-items", "3")
    check(rc == 252 and "Cannot specify --no-paginate" in err, f"--no-paginate --max-items: {rc}")
    a, _ = both(url, "dynamodb", "list-tables", "--page-size", "1")
    check(a and table in a.get("TableNames", []), "list-tables")

    # wait: failures exit as aws does
    for tool in (AWSC, AWS):
        rc, _, err = run(tool, url, "dynamodb", "delete-table", "--table-name", table)
        if rc == 0:
            break
    rc, out, err = run(AWSC, url, "dynamodb", "wait", "table-not-exists", "--table-name", table,
                       "--waiter-delay", "100")
    check(rc == 0, f"wait table-not-exists: exit {rc}: {err}")
    rc, _, err = run(AWSC, url, "dynamodb", "wait", "table-exists", "--table-name", table,
                     "--waiter-delay", "10", "--waiter-max-attempts", "2")
    check(rc == 255 and "Waiter TableExists failed: Max attempts exceeded" in err,
          f"wait on a missing table: exit {rc}: {err.strip()}")
    rc, _, err = run(AWSC, url, "dynamodb", "wait", "table-exists")
    check(rc == 252, f"wait without its required parameter: exit {rc}")
    rc, _, err = run(AWSC, url, "dynamodb", "wait", "no-such-waiter", "--table-name", table)
    check(rc == 252 and "no waiter" in err, f"an unknown waiter: exit {rc}")
    print(f"cli_test: {'FAILED' if failures else 'ok'} ({failures} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
