#!/usr/bin/python3
"""awsc's presigned URLs and S3 POST policies against botocore's
generate_presigned_url and generate_presigned_post, for the same
credentials and clock: the same URL (signature included), the same form
fields in the same order, the same policy document.

botocore 1.29.27 presigns S3 with SigV2 in the regions that still take it
unless signature_version is "s3v4"; awsc always uses SigV4, so the botocore
S3 clients here are configured with s3v4. The X-Amz-* parameters are
compared as a set: botocore writes them in one order with the CRT
installed (X-Amz-SignedHeaders before X-Amz-Expires) and in another
without; the operation's own parameters before them, in order.

usage: presign_test.py PATH/presign_dump
"""
import base64
import datetime
import json
import os
import sys

import botocore.auth
import botocore.session
import botocore.signers
from botocore.config import Config

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

FIXED = datetime.datetime(2023, 3, 14, 15, 9, 26)
EPOCH = int(FIXED.replace(tzinfo=datetime.timezone.utc).timestamp())
KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


class _Fixed(datetime.datetime):
    @classmethod
    def utcnow(cls):
        return FIXED


botocore.auth.datetime.datetime = _Fixed
botocore.signers.datetime.datetime = _Fixed

ENDPOINT = "https://s3.awsc-presign.example.com:8443"

# (service, region, endpoint_url, token, operation, params, expires, method);
# params in model order, the order awsc writes query parameters in (botocore
# writes the caller's order)
URL_CASES = [
    ("s3", "us-east-1", ENDPOINT, None, "GetObject", {"Bucket": "bucket", "Key": "a b/caf\u00e9+1.txt"}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, "session/token=", "GetObject", {"Bucket": "bucket", "Key": "k"}, 60, None),
    ("s3", "eu-west-1", None, None, "GetObject", {"Bucket": "my-bucket", "Key": "dir/key.txt", "ResponseContentType": "text/plain; charset=utf-8", "VersionId": "v1"}, 604800, None),
    ("s3", "us-east-1", None, None, "GetObject", {"Bucket": "my.dotted.bucket", "Key": "k~x"}, 300, None),
    ("s3", "us-west-2", None, None, "PutObject", {"Bucket": "my-bucket", "Key": "up.txt", "ContentType": "text/plain", "Metadata": {"color": "blue"}}, 900, None),
    ("s3", "us-east-1", ENDPOINT, None, "PutObject", {"Bucket": "bucket", "Key": "k", "SSECustomerAlgorithm": "AES256", "SSECustomerKey": "k" * 32}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, None, "UploadPart", {"Bucket": "bucket", "Key": "k", "PartNumber": 3, "UploadId": "abc/def=="}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, None, "ListObjectsV2", {"Bucket": "bucket", "Delimiter": "/", "Prefix": "a b/"}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, None, "CreateMultipartUpload", {"Bucket": "bucket", "Key": "k"}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, None, "GetObject", {"Bucket": "bucket", "Key": "k"}, 3600, "PUT"),
    ("s3", "us-east-1", ENDPOINT, None, "CopyObject", {"Bucket": "bucket", "Key": "k", "CopySource": "src/a b"}, 3600, None),
    ("s3", "us-east-1", ENDPOINT, None, "HeadBucket", {"Bucket": "bucket"}, 3600, None),
    # ap-east-1: a regional STS endpoint for botocore 1.29.27 (this test's
    # peer) and for the models' botocore alike, whose default is regional
    ("sts", "ap-east-1", None, None, "GetCallerIdentity", {}, 900, None),
    ("sts", "eu-west-1", "https://sts.example.com", "tok", "AssumeRole", {"RoleArn": "arn:aws:iam::123456789012:role/r", "RoleSessionName": "s e", "DurationSeconds": 900}, 300, None),
    # a query-protocol operation with body members (SQS, once this case,
    # speaks JSON since the models' refresh: its body cannot go in a URL)
    ("sns", "us-east-1", None, None, "Publish", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "hello & bye"}, 3600, None),
    ("ec2", "us-east-2", None, None, "DescribeInstances", {"InstanceIds": ["i-1", "i-2"]}, 3600, None),
    ("dynamodb", "us-east-1", None, None, "ListTables", {}, 3600, None),
    ("lambda", "us-east-1", None, None, "GetFunction", {"FunctionName": "my-fn", "Qualifier": "1"}, 3600, None),
]

# (region, endpoint_url, token, bucket, key, fields, conditions, expires)
POST_CASES = [
    ("us-east-1", ENDPOINT, None, "bucket", "uploads/a.txt", None, None, 3600),
    ("us-east-1", None, "session/token", "my-bucket", "uploads/${filename}",
     {"acl": "public-read", "Content-Type": "image/png", "success_action_status": "201"},
     [{"acl": "public-read"}, ["starts-with", "$Content-Type", "image/"],
      ["content-length-range", 10, 5242880], ["eq", "$success_action_status", "201"]], 600),
    ("eu-central-1", None, None, "my-bucket", "caf\u00e9 \"q\"\\.txt",
     {"x-amz-meta-note": "\u00e9t\u00e9", "key": "overridden"},
     [{"x-amz-meta-note": "\u00e9t\u00e9\u2603\U0001F600"}], 86400),
]

# RDS IAM authentication tokens: (client region, token, hostname, port,
# username, region); awsc's come from an STS client (any client will do)
DB_AUTH_CASES = [
    ("us-east-1", None, "mydb.123456789012.us-east-1.rds.amazonaws.com", 5432, "app_user", None),
    ("us-east-1", "session/token=", "MyCluster.cluster-abc.eu-west-1.rds.amazonaws.com", 3306,
     "admin user+1@x", "eu-west-1"),
    ("ap-southeast-2", None, "db.example.internal", 443, "caf\u00e9", None),
]


def botocore_client(service, region, endpoint, token):
    session = botocore.session.get_session()
    cfg = Config(signature_version="s3v4") if service == "s3" else None
    return session.create_client(service, region_name=region, endpoint_url=endpoint,
                                 aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET,
                                 aws_session_token=token, config=cfg)


def same_url(a, b):
    """Equal but for the order of the X-Amz-* query parameters."""
    base_a, _, qa = a.partition("?")
    base_b, _, qb = b.partition("?")
    pa, pb = qa.split("&"), qb.split("&")
    own_a = [x for x in pa if not x.startswith("X-Amz-")]
    own_b = [x for x in pb if not x.startswith("X-Amz-")]
    return base_a == base_b and own_a == own_b and sorted(pa) == sorted(pb) and \
        pa[-1].startswith("X-Amz-Signature=")


def to_cli(v):
    if isinstance(v, bytes):
        return base64.b64encode(v).decode()
    if isinstance(v, dict):
        return {k: to_cli(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_cli(x) for x in v]
    return v


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    compiled = exe_wrapper.run([sys.argv[1], "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    requests, expected = [], []
    for service, region, endpoint, token, op, params, expires, method in URL_CASES:
        if service not in compiled:
            print(f"skip {service}.{op}: {service} is not compiled in")
            continue
        # (botocore's handlers change the params they are given)
        req = {"service": service, "operation": op, "input": to_cli(params), "expires": expires,
               "region": region, "time": EPOCH}
        c = botocore_client(service, region, endpoint, token)
        name = botocore.xform_name(op)
        url = c.generate_presigned_url(name, Params=params, ExpiresIn=expires, HttpMethod=method)
        expected.append(("url", f"{service}.{op}", url))
        for k, v in (("endpoint_url", endpoint), ("token", token), ("method", method)):
            if v:
                req[k] = v
        requests.append(req)
    for region, endpoint, token, bucket, key, fields, conditions, expires in POST_CASES:
        c = botocore_client("s3", region, endpoint, token)
        p = c.generate_presigned_post(bucket, key, Fields=dict(fields or {}),
                                      Conditions=list(conditions or []), ExpiresIn=expires)
        expected.append(("post", f"post {bucket}/{key}", p))
        req = {"service": "s3", "region": region, "time": EPOCH,
               "post": {"bucket": bucket, "key": key, "expires": expires,
                        "fields": [[k, v] for k, v in (fields or {}).items()],
                        "conditions": conditions or []}}
        for k, v in (("endpoint_url", endpoint), ("token", token)):
            if v:
                req[k] = v
        requests.append(req)
    for region, token, host, port, user, token_region in DB_AUTH_CASES:
        # awsc signs the token as a client of STS (the rds-db signing name)
        if "sts" not in compiled:
            print(f"skip db auth token {user}@{host}:{port}: sts is not compiled in")
            continue
        c = botocore_client("rds", region, None, token)
        want = c.generate_db_auth_token(host, port, user, Region=token_region)
        expected.append(("db_auth", f"db auth token {user}@{host}:{port}", want))
        req = {"service": "sts", "region": region, "time": EPOCH,
               "db_auth": {"hostname": host, "port": port, "username": user}}
        for k, v in (("token", token),):
            if v:
                req[k] = v
        if token_region:
            req["db_auth"]["region"] = token_region
        requests.append(req)
    run = exe_wrapper.run([sys.argv[1]], input="".join(json.dumps(r) + "\n" for r in requests),
                          capture_output=True, text=True)
    outs = [json.loads(x) for x in run.stdout.splitlines()]
    if run.returncode != 0 or len(outs) != len(requests):
        print(run.stderr)
        sys.exit("presign_dump failed")
    failures = 0
    for (kind, what, want), got in zip(expected, outs):
        if "error" in got:
            print(f"FAIL {what}: awsc: {got['error']}")
            failures += 1
            continue
        if kind == "url":
            ok = same_url(got["url"], want)
            if not ok:
                print(f"FAIL {what}\n  awsc     {got['url']}\n  botocore {want}")
        elif kind == "db_auth":
            ok = same_url(got["token"], want)
            if not ok:
                print(f"FAIL {what}\n  awsc     {got['token']}\n  botocore {want}")
        else:
            policy = json.loads(base64.b64decode(want["fields"]["policy"]))
            ok = (got["url"] == want["url"] and
                  [tuple(f) for f in got["fields"]] == list(want["fields"].items()) and
                  json.loads(got["policy"]) == policy)
            if not ok:
                print(f"FAIL {what}\n  awsc     {got}\n  botocore {want}\n  policy {policy}")
        failures += not ok
        if ok:
            print(f"ok   {what}")
    print(f"presign: {len(expected) - failures} of {len(expected)} the same as botocore's")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
