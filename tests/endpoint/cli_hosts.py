#!/usr/bin/python3
"""Without an endpoint URL, `awsc ... --debug` sends each request to the
URL that botocore computes for the same region, settings and input: the
botocore source checkout of the models' release (--botocore) run on
models/ (--models). The AWS CLI's (`/usr/bin/aws --debug`) URL is shown
beside it: it runs Debian's older botocore and models, and where it
differs that is said, not failed.

Nothing leaves the machine: the tools go through an HTTPS proxy on a
closed port of 127.0.0.1, so every request fails at once, after they have
logged the URL they were going to use; botocore's request is captured
before it is sent. The test is skipped when the botocore source is absent.

A case of a service the build leaves out (-Dservices; --services lists
those built) is skipped, saying so.

usage: cli_hosts.py AWSC_BINARY --botocore DIR --models DIR [--services LIST]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

ap = argparse.ArgumentParser()
ap.add_argument("awsc")
ap.add_argument("--botocore", required=True)
ap.add_argument("--models", required=True)
ap.add_argument("--services", help="the services built, comma-separated (default: any)")
ARGS = ap.parse_args()
if not os.path.isfile(os.path.join(ARGS.botocore, "botocore", "__init__.py")):
    print(f"SKIP: no botocore source in {ARGS.botocore} (-Dbotocore_src)")
    sys.exit(77)
AWSC = ARGS.awsc
AWS = "/usr/bin/aws"
ACCOUNT = "111122223333"
TABLE_ARN = "arn:aws:dynamodb:us-east-1:333344445555:table/music"

# (command, region, extra environment); s3api cases need rest-xml
CASES = [
    (["sts", "get-caller-identity"], "us-east-1", {"AWS_STS_REGIONAL_ENDPOINTS": "legacy"}),
    (["sts", "get-caller-identity"], "eu-west-1", {"AWS_STS_REGIONAL_ENDPOINTS": "legacy"}),
    (["sts", "get-caller-identity"], "eu-west-1", {"AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    (["sts", "get-caller-identity"], "ap-southeast-2", {"AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    (["sts", "get-caller-identity"], "us-gov-west-1", {"AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    (["sts", "get-caller-identity"], "us-east-1", {"AWS_USE_FIPS_ENDPOINT": "true",
                                                   "AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    (["sts", "get-caller-identity"], "cn-north-1", {"AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    (["dynamodb", "list-tables"], "eu-central-1", {}),
    (["dynamodb", "list-tables"], "us-west-2", {"AWS_USE_DUALSTACK_ENDPOINT": "true"}),
    (["sqs", "list-queues"], "eu-north-1", {}),
    (["iam", "list-users"], "eu-west-3", {}),
    (["ec2", "describe-regions"], "sa-east-1", {}),
    (["kinesis", "list-streams"], "ap-northeast-1", {"AWS_USE_FIPS_ENDPOINT": "true"}),
    (["s3api", "list-objects-v2", "--bucket", "b"], "us-east-1", {}),
    (["s3api", "list-objects-v2", "--bucket", "my-bucket"], "eu-west-1", {}),
    (["s3api", "list-objects-v2", "--bucket", "my.dotted.bucket"], "eu-west-1", {}),
    (["s3api", "list-objects-v2", "--bucket", "my-bucket"], "us-west-2",
     {"AWS_USE_DUALSTACK_ENDPOINT": "true"}),
    (["sts", "get-caller-identity"], "eu-west-1", {}),
    (["iam", "list-users"], "us-east-1", {}),
    # account id endpoints: the credentials' account id, by mode, and the
    # tables an operation names (operationContextParams)
    (["dynamodb", "list-tables"], "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "list-tables"], "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT,
                                                "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"}),
    (["dynamodb", "describe-table", "--table-name", "music"], "eu-west-1",
     {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"}),
    (["dynamodb", "describe-table", "--table-name", TABLE_ARN], "us-east-1",
     {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "batch-get-item", "--request-items",
      json.dumps({TABLE_ARN: {"Keys": [{"pk": {"S": "a"}}]}})], "us-east-1",
     {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "batch-write-item", "--request-items",
      json.dumps({"music": [{"DeleteRequest": {"Key": {"pk": {"S": "a"}}}}]})], "us-east-1",
     {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "transact-get-items", "--transact-items",
      json.dumps([{"Get": {"TableName": TABLE_ARN, "Key": {"pk": {"S": "a"}}}}])],
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "transact-write-items", "--transact-items",
      json.dumps([{"ConditionCheck": {"TableName": TABLE_ARN, "Key": {"pk": {"S": "a"}},
                                      "ConditionExpression": "attribute_exists(pk)"}},
                  {"Delete": {"TableName": "other", "Key": {"pk": {"S": "b"}}}}])],
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}),
    (["dynamodb", "transact-write-items", "--transact-items",
      json.dumps([{"Update": {"TableName": "music", "Key": {"pk": {"S": "a"}},
                              "UpdateExpression": "SET v = :v",
                              "ExpressionAttributeValues": {":v": {"N": "1"}}}}])],
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}),
]

URL_AWSC = re.compile(r"^awsc: \S+ attempt 1: [A-Z]+ (\S+)", re.M)
URL_AWS = re.compile(r"Sending http request: <AWSPreparedRequest .*?url=([^,]+),")


def run(tool, args, region, extra, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({
        "HOME": home,
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_CONFIG_FILE": os.path.join(home, "config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "credentials"),
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "NO_PROXY": "",
    })
    env.update(extra)
    p = exe_wrapper.run([tool] + args + ["--region", region, "--debug"], env=env,
                        capture_output=True, text=True, timeout=60)
    return p.stderr


BOTOCORE = r"""
import json, os, sys
sys.path.insert(0, sys.argv[3])
import botocore, botocore.session
class Sent(Exception):
    pass
args, region = json.loads(sys.argv[1]), sys.argv[2]
service = {"s3api": "s3"}.get(args[0], args[0])
params, i = {}, 2
while i < len(args):
    value = args[i + 1]
    params[args[i][2:].title().replace("-", "")] = (json.loads(value) if value[:1] in "{["
                                                    else value)
    i += 2
client = botocore.session.get_session().create_client(service, region_name=region)
def send(request, **kwargs):
    print(request.url)
    raise Sent()
client.meta.events.register_first("before-send", send)
op = client.meta.method_to_api_mapping
name = [k for k, v in op.items() if botocore.xform_name(v, "-") == args[1]][0]
try:
    getattr(client, name)(**params)
except Sent:
    pass
"""


def botocore_url(args, region, extra, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"HOME": home, "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY": "secret",
                "AWS_CONFIG_FILE": os.path.join(home, "config"),
                "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "credentials"),
                "AWS_DATA_PATH": os.path.abspath(ARGS.models)})
    env.update(extra)
    p = subprocess.run(["/usr/bin/python3", "-c", BOTOCORE, json.dumps(args), region,
                        os.path.abspath(ARGS.botocore)], env=env,
                       capture_output=True, text=True, timeout=60)
    return p.stdout.strip() or None


def main():
    passed = failed = 0
    with tempfile.TemporaryDirectory() as home:
        built = set(ARGS.services.split(",")) if ARGS.services else None
        for args, region, extra in CASES:
            name = f"{' '.join(args)} --region {region} {extra or ''}".strip()
            service = "s3" if args[0] == "s3api" else args[0]
            if built is not None and service not in built:
                print(f"SKIP {name}: {service} is not built (-Dservices)")
                continue
            want = botocore_url(args, region, extra, home)
            cli = URL_AWS.search(run(AWS, args, region, extra, home))
            cli = cli.group(1) if cli else "(none)"
            out = run(AWSC, args, region, extra, home)
            ours = URL_AWSC.search(out)
            note = "" if cli == want else f" (the AWS CLI: {cli})"
            if want is None:
                print(f"FAIL {name}: botocore made no request")
                failed += 1
            elif ours is None:
                print(f"FAIL {name}: awsc logged no request URL:\n{out[-600:]}")
                failed += 1
            elif ours.group(1) != want:
                print(f"FAIL {name}: awsc {ours.group(1)}, botocore {want}{note}")
                failed += 1
            else:
                print(f"ok   {name}: {want}{note}")
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
