#!/usr/bin/python3
"""What one call costs the SDK itself, network aside, awsc beside botocore
in the same run: DynamoDB GetItem (json), S3 PutObject with a 1 KiB body
(rest-xml) and SQS SendMessage (query), each answered by a canned
response: awsc through its stub transport, botocore through a before-send
handler that returns the same response (so both validate, resolve the
endpoint, serialize, sign and parse, and neither touches a socket).

usage: bench_call.py PATH/bench_call [CALLS]
"""
import subprocess
import sys
import time

import botocore.session
from botocore.awsrequest import AWSResponse
from botocore.config import Config

BOTOCORE_CALLS = 2000


class Raw:
    def __init__(self, body):
        self.body = body

    def stream(self, **kwargs):
        yield self.body

    def read(self, *args):
        b, self.body = self.body, b""
        return b


def canned(status, headers, body):
    def before_send(request, **kwargs):
        return AWSResponse(request.url, status, headers, Raw(body))
    return before_send


def botocore_us_per_call():
    session = botocore.session.get_session()
    common = dict(region_name="us-east-1", endpoint_url="http://127.0.0.1:1",
                  aws_access_key_id="AKIDEXAMPLE",
                  aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    ddb = session.create_client("dynamodb", **common)
    ddb.meta.events.register("before-send", canned(
        200, {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "r1"},
        b'{"Item": {"pk": {"S": "a"}, "n": {"N": "1"}}}'))
    s3 = session.create_client("s3", config=Config(s3={"addressing_style": "path"}), **common)
    s3.meta.events.register("before-send", canned(
        200, {"ETag": '"0f343b0931126a20f133d67c2b018a3b"', "x-amz-request-id": "r1"}, b""))
    sqs = session.create_client("sqs", **common)
    sqs.meta.events.register("before-send", canned(
        200, {"Content-Type": "text/xml"},
        b"<SendMessageResponse><SendMessageResult><MD5OfMessageBody>"
        b"5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody><MessageId>m1</MessageId>"
        b"</SendMessageResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
        b"</SendMessageResponse>"))
    body = b"x" * 1024
    calls = {
        "dynamodb.GetItem": lambda: ddb.get_item(TableName="music", Key={"pk": {"S": "a"}}),
        "s3.PutObject": lambda: s3.put_object(Bucket="bench", Key="k", Body=body),
        "sqs.SendMessage": lambda: sqs.send_message(
            QueueUrl="http://127.0.0.1:1/123456789012/q", MessageBody="hello"),
    }
    out = {}
    for name, fn in calls.items():
        fn()  # warm: loaders, caches
        t0 = time.perf_counter()
        for _ in range(BOTOCORE_CALLS):
            fn()
        out[name] = (time.perf_counter() - t0) / BOTOCORE_CALLS * 1e6
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    calls = sys.argv[2] if len(sys.argv) > 2 else "20000"
    r = subprocess.run([sys.argv[1], calls], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"bench_call failed: {r.stderr}")
    ours = {line.split()[0]: float(line.split()[1]) for line in r.stdout.splitlines()}
    theirs = botocore_us_per_call()
    print(f"microseconds per call, network aside (awsc: {calls} calls each, "
          f"botocore {botocore.__version__}: {BOTOCORE_CALLS})")
    print(f"{'operation':<20}{'awsc':>10}{'botocore':>12}{'ratio':>8}")
    for name in ours:
        print(f"{name:<20}{ours[name]:>10.1f}{theirs[name]:>12.1f}{theirs[name] / ours[name]:>7.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
