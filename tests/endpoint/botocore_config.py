#!/usr/bin/python3
"""The endpoint a call goes to, awsc against botocore's clients.

For each scenario (service, operation, input, region, environment, config
and credentials files) botocore makes a client and the call, and a
before-send hook keeps the request instead of sending it; endpoint_probe
reads the same environment and files as an awsc client does (the
credentials too: their account id) and resolves the endpoint. The request
URL must start with awsc's endpoint URL (then '/', '?' or the end), with
the same signing name and region; or both fail with the same message. No
network is used.

botocore is the source checkout of the models' release (--botocore), run
on models/ (--models); the test is skipped when it is absent.

usage: botocore_config.py --probe PATH/endpoint_probe --botocore DIR --models DIR
"""
import argparse
import os
import re
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--probe", required=True)
ap.add_argument("--botocore", required=True)
ap.add_argument("--models", required=True)
ARGS = ap.parse_args()
if not os.path.isfile(os.path.join(ARGS.botocore, "botocore", "__init__.py")):
    print(f"SKIP: no botocore source in {ARGS.botocore} (-Dbotocore_src)")
    sys.exit(77)
sys.path.insert(0, ARGS.botocore)
MODELS = os.path.abspath(ARGS.models)

import botocore  # noqa: E402
import botocore.session  # noqa: E402
from botocore.awsrequest import AWSResponse  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

BUCKET = "my-bucket-name"
ACCOUNT = "111122223333"
OTHER = "333344445555"
AP_ARN = "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint"

# (name, service, botocore method, awsc operation, params, region, env, config file)
SCENARIOS = [
    ("sts us-east-1", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "us-east-1", {}, None),
    ("sts us-east-1 legacy (global)", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "us-east-1", {"AWS_STS_REGIONAL_ENDPOINTS": "legacy"}, None),
    ("sts eu-west-1 regional", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "eu-west-1", {"AWS_STS_REGIONAL_ENDPOINTS": "regional"}, None),
    ("sts ap-east-1", "sts", "get_caller_identity", "GetCallerIdentity", {}, "ap-east-1", {},
     None),
    ("sts profile regional", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "us-east-1", {}, "[default]\nsts_regional_endpoints = regional\n"),
    ("sts no region", "sts", "get_caller_identity", "GetCallerIdentity", {}, None, {}, None),
    ("sts region from the profile", "sts", "get_caller_identity", "GetCallerIdentity", {},
     None, {}, "[default]\nregion = eu-central-1\nsts_regional_endpoints = regional\n"),
    ("sts cn-north-1", "sts", "get_caller_identity", "GetCallerIdentity", {}, "cn-north-1", {},
     None),
    ("sts fips", "sts", "get_caller_identity", "GetCallerIdentity", {}, "us-east-2",
     {"AWS_USE_FIPS_ENDPOINT": "true"}, None),
    ("s3 us-west-2", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "us-west-2", {}, None),
    ("s3 us-east-1 (legacy global)", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": BUCKET}, "us-east-1", {}, None),
    ("s3 us-east-1 regional", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "us-east-1", {"AWS_S3_US_EAST_1_REGIONAL_ENDPOINT": "regional"}, None),
    ("s3 no region", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET}, None, {},
     None),
    ("s3 path style", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "us-west-2", {}, "[default]\ns3 =\n  addressing_style = path\n"),
    ("s3 accelerate", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "us-west-2", {}, "[default]\ns3 =\n  use_accelerate_endpoint = true\n"),
    ("s3 dual-stack (s3 section)", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": BUCKET}, "us-west-2", {}, "[default]\ns3 =\n  use_dualstack_endpoint = true\n"),
    ("s3 dual-stack (environment)", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": BUCKET}, "us-east-1", {"AWS_USE_DUALSTACK_ENDPOINT": "true"}, None),
    ("s3 fips", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET}, "us-west-2",
     {"AWS_USE_FIPS_ENDPOINT": "true"}, None),
    ("s3 bucket with dots", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": "my.bucket.name"}, "us-west-2", {}, None),
    ("s3 GetBucketLocation", "s3", "get_bucket_location", "GetBucketLocation",
     {"Bucket": BUCKET}, "us-west-2", {}, None),
    ("s3 ListBuckets", "s3", "list_buckets", "ListBuckets", {}, "eu-west-1", {}, None),
    ("s3 access point", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": AP_ARN},
     "us-west-2", {}, None),
    ("s3 access point, other region", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": AP_ARN}, "us-east-2", {}, None),
    ("s3 access point, use_arn_region off", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": AP_ARN}, "us-east-2", {"AWS_S3_USE_ARN_REGION": "false"}, None),
    ("s3 access point, s3_use_arn_region off", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": AP_ARN}, "us-east-2", {}, "[default]\ns3_use_arn_region = false\n"),
    ("s3 cn-north-1", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "cn-north-1", {}, None),
    ("s3 cn-north-1 fips", "s3", "list_objects_v2", "ListObjectsV2", {"Bucket": BUCKET},
     "cn-north-1", {"AWS_USE_FIPS_ENDPOINT": "true"}, None),
    ("dynamodb us-west-2", "dynamodb", "list_tables", "ListTables", {}, "us-west-2", {}, None),
    ("dynamodb fips (profile)", "dynamodb", "list_tables", "ListTables", {}, "us-east-1", {},
     "[default]\nuse_fips_endpoint = true\n"),
    ("dynamodb dual-stack", "dynamodb", "list_tables", "ListTables", {}, "us-east-1",
     {"AWS_USE_DUALSTACK_ENDPOINT": "true"}, None),
    ("dynamodb fips + dual-stack in us-iso", "dynamodb", "list_tables", "ListTables", {},
     "us-iso-east-1", {"AWS_USE_FIPS_ENDPOINT": "true", "AWS_USE_DUALSTACK_ENDPOINT": "true"},
     None),
    ("iam no region", "iam", "list_users", "ListUsers", {}, None, {}, None),
    ("iam eu-west-1", "iam", "list_users", "ListUsers", {}, "eu-west-1", {}, None),
    ("iam cn-north-1", "iam", "list_users", "ListUsers", {}, "cn-north-1", {}, None),
    ("ec2 us-east-1", "ec2", "describe_regions", "DescribeRegions", {}, "us-east-1", {}, None),
    ("ec2 fips", "ec2", "describe_regions", "DescribeRegions", {}, "us-west-2",
     {"AWS_USE_FIPS_ENDPOINT": "true"}, None),
    ("sqs eu-west-1 profile", "sqs", "list_queues", "ListQueues", {}, None, {},
     "[profile dev]\nregion = eu-west-1\n[default]\nregion = us-east-1\n"),
    ("s3 path style, access point ARN", "s3", "list_objects_v2", "ListObjectsV2",
     {"Bucket": AP_ARN}, "us-west-2", {}, "[default]\ns3 =\n  addressing_style = path\n"),
    # the account id endpoints: the credentials' account id, by mode
    ("dynamodb account id (environment)", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}, None),
    ("dynamodb account id, mode disabled", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"}, None),
    ("dynamodb account id, mode required", "dynamodb", "list_tables", "ListTables", {},
     "eu-west-1", {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"},
     None),
    ("dynamodb mode required, no account id", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"}, None),
    ("dynamodb mode preferred, no account id", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "preferred"}, None),
    ("dynamodb mode REQUIRED, account id from the config file", "dynamodb", "list_tables",
     "ListTables", {}, "us-west-2", {},
     "[default]\naccount_id_endpoint_mode = REQUIRED\naws_access_key_id = AKIDPROFILE\n"
     "aws_secret_access_key = secret\naws_account_id = 444455556666\n"),
    ("dynamodb account id from the credentials file", "dynamodb", "list_tables", "ListTables",
     {}, "us-west-2", {}, None),
    ("dynamodb invalid mode", "dynamodb", "list_tables", "ListTables", {}, "us-east-1",
     {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "Sometimes"}, None),
    ("dynamodb empty mode", "dynamodb", "list_tables", "ListTables", {}, "us-east-1",
     {"AWS_ACCOUNT_ID_ENDPOINT_MODE": ""}, None),
    ("sqs invalid sts_regional_endpoints", "sqs", "list_queues", "ListQueues", {}, "us-east-1",
     {"AWS_STS_REGIONAL_ENDPOINTS": "sometimes"}, None),
    ("sts empty sts_regional_endpoints", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "us-east-1", {}, "[default]\nsts_regional_endpoints =\n"),
    ("sqs invalid s3 us_east_1_regional_endpoint", "sqs", "list_queues", "ListQueues", {},
     "us-east-1", {"AWS_S3_US_EAST_1_REGIONAL_ENDPOINT": "x"}, None),
    ("sts legacy, eu-west-1", "sts", "get_caller_identity", "GetCallerIdentity", {},
     "eu-west-1", {"AWS_STS_REGIONAL_ENDPOINTS": "legacy"}, None),
    ("sqs invalid mode", "sqs", "list_queues", "ListQueues", {}, "us-east-1",
     {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "always"}, None),
    ("dynamodb account id, fips", "dynamodb", "list_tables", "ListTables", {}, "us-east-1",
     {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_USE_FIPS_ENDPOINT": "true"}, None),
    ("dynamodb account id, mode required, fips", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_USE_FIPS_ENDPOINT": "true",
                   "AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"}, None),
    ("dynamodb account id, cn-north-1", "dynamodb", "list_tables", "ListTables", {},
     "cn-north-1", {"AWS_ACCOUNT_ID": ACCOUNT}, None),
    ("dynamodb account id, endpoint URL", "dynamodb", "list_tables", "ListTables", {},
     "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT, "AWS_ENDPOINT_URL": "https://example.com"}, None),
    ("dynamodb account id, DescribeTable", "dynamodb", "describe_table", "DescribeTable",
     {"TableName": "music"}, "us-east-1", {"AWS_ACCOUNT_ID": ACCOUNT}, None),
    ("dynamodb DescribeTable on a table ARN", "dynamodb", "describe_table", "DescribeTable",
     {"TableName": f"arn:aws:dynamodb:us-east-1:{OTHER}:table/music"}, "us-east-1",
     {"AWS_ACCOUNT_ID": ACCOUNT}, None),
]
PROFILES = {"sqs eu-west-1 profile": "dev"}
# credentials files; the other scenarios take theirs from the environment
CREDENTIALS = {
    "dynamodb mode REQUIRED, account id from the config file": "",
    "dynamodb account id from the credentials file":
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = secret\n"
        "aws_account_id = 777788889999\n",
}


def clean_env(tmp, name):
    for k in list(os.environ):
        if k.startswith("AWS_"):
            del os.environ[k]
    os.environ["HOME"] = tmp
    os.environ["AWS_DATA_PATH"] = MODELS
    creds = os.path.join(tmp, "credentials")
    if name in CREDENTIALS:
        with open(creds, "w", encoding="utf-8") as f:
            f.write(CREDENTIALS[name])
    else:
        os.environ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "secret"
        if os.path.exists(creds):
            os.unlink(creds)
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = creds


def botocore_call(service, method, params, region):
    session = botocore.session.get_session()
    kw = {"region_name": region} if region else {}
    try:
        client = session.create_client(service, **kw)
    except Exception as e:  # noqa: BLE001 - botocore's own error is the result
        return None, f"{type(e).__name__}: {e}"
    seen = {}

    def keep(request, **_):
        seen["url"] = request.url
        seen["auth"] = request.headers.get("Authorization", b"")
        return AWSResponse(request.url, 500, {}, None)

    client.meta.events.register("before-send", keep)
    try:
        getattr(client, method)(**params)
    except Exception as e:  # noqa: BLE001
        if "url" not in seen:
            return None, f"{type(e).__name__}: {e}"
    auth = seen["auth"].decode() if isinstance(seen["auth"], bytes) else seen["auth"]
    m = re.search(r"Credential=[^/]+/\d+/([^/]+)/([^/]+)/", auth or "")
    return (seen["url"], m.group(2) if m else None, m.group(1) if m else None), None


def main():
    print(f"botocore {botocore.__version__} ({botocore.__file__}) on {MODELS}")
    passed = failed = skipped = 0
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        for name, service, method, op, params, region, env, config in SCENARIOS:
            clean_env(tmp, name)
            os.environ.update(env)
            cfg_path = os.path.join(tmp, "config")
            if config:
                with open(cfg_path, "w", encoding="utf-8") as f:
                    f.write(config)
            os.environ["AWS_CONFIG_FILE"] = cfg_path if config else os.path.join(tmp, "none")
            if name in PROFILES:
                os.environ["AWS_PROFILE"] = PROFILES[name]
            probe_env = dict(os.environ)
            if region:
                probe_env["AWS_DEFAULT_REGION"] = region
            out = exe_wrapper.run([ARGS.probe, service, op] +
                                  [f"{k}={v}" for k, v in params.items()],
                                  env=probe_env, capture_output=True, text=True)
            got = out.stdout.strip()
            want, error = botocore_call(service, method, params, region)
            if config:
                os.unlink(cfg_path)
            if out.returncode != 0 or got == "NO-SERVICE":
                print(f"SKIP {name}: {got or out.stderr.strip()}")
                skipped += 1
                continue
            ok = False
            if error is not None:
                ok = got.startswith("ERROR ") and got[6:] in error
                want_text = error
            else:
                url, signing_name, signing_region = want
                want_text = f"{url} {signing_name} {signing_region}"
                parts = got.split(" ")
                if len(parts) == 3:
                    base, gname, gregion = parts
                    rest = url[len(base):] if url.startswith(base) else None
                    ok = (rest is not None and (rest == "" or rest[0] in "/?")
                          and gname == signing_name and gregion == signing_region)
            if ok:
                passed += 1
                print(f"ok   {name}: {got}")
            else:
                failed += 1
                print(f"FAIL {name}\n  botocore: {want_text}\n  awsc:     {got}")
    os.environ.clear()
    os.environ.update(saved)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
