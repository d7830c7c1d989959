#!/usr/bin/python3
"""Runs examples/s3_basics against s3rver: the bucket made with boto3, the
endpoint given the usual way (AWS_ENDPOINT_URL), the output checked and the
object gone afterwards.

usage: example_test.py S3_BASICS SERVERS_PY
"""
import os
import sys

import boto3
from botocore.config import Config

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    example, servers_py = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    import servers

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
               AWS_DEFAULT_REGION="us-west-2", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    failures = []
    with servers.start("s3rver") as server:
        env["AWS_ENDPOINT_URL"] = server.url
        os.environ.update(env)
        s3 = boto3.client("s3", endpoint_url=server.url,
                          config=Config(s3={"addressing_style": "path"}))
        s3.create_bucket(Bucket="dataintake")
        s3.put_object(Bucket="dataintake", Key="aiobotocore-other/x", Body=b"not listed")
        r = exe_wrapper.run([example, "dataintake", "aiobotocore"], env=env, capture_output=True,
                            text=True, timeout=120)
        print(r.stdout + r.stderr)
        out = r.stdout
        if r.returncode != 0:
            failures.append(f"exit status {r.returncode}")
        # (s3rver puts Permission beside Grant, not in it: botocore and awsc
        # read a grant without a permission, and an empty one)
        for want in ("PutObject: ETag \"", "GetObjectAcl: owner 123456789000",
                     "GetObject: 1024 bytes, the same",
                     "ListObjects: aiobotocore/dummy.bin, 1024 bytes", "DeleteObject: HTTP 204"):
            if want not in out:
                failures.append(f"no {want!r} in the output")
        # the prefix "aiobotocore" also matches "aiobotocore-other/"
        if "aiobotocore-other/x" not in out:
            failures.append("the listing is not the prefix's")
        keys = [o["Key"] for o in s3.list_objects_v2(Bucket="dataintake").get("Contents", [])]
        if keys != ["aiobotocore-other/x"]:
            failures.append(f"left in the bucket: {keys}")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
