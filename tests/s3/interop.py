#!/usr/bin/python3
"""S3 objects written by awsc read back byte for byte by the AWS CLI
(/usr/bin/aws) and boto3, and the other way round, against s3rver; and the
awsc tool's `s3api put-object --body FILE` and `s3api get-object ...
OUTFILE`, shaped like the AWS CLI's.

usage: interop.py AWSC_TOOL S3_URL
"""
import json
import os
import subprocess
import sys
import tempfile

import boto3
from botocore.config import Config

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS = "/usr/bin/aws"
BUCKET = "awsc-interop"
failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL " + what)
    return cond


def run(cmd, **kw):
    return exe_wrapper.run(cmd, capture_output=True, text=True, **kw)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    awsc, url = sys.argv[1], sys.argv[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCINTEROP", AWS_SECRET_ACCESS_KEY="interop/secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent",
               AWS_PAGER="")
    os.environ.clear()
    os.environ.update(env)
    s3 = boto3.client("s3", endpoint_url=url, config=Config(s3={"addressing_style": "path"}))
    tmp = tempfile.mkdtemp(prefix="awsc-s3-interop-")

    def awsc_cli(*args):
        return run([awsc, "--endpoint-url", url, "s3api", *args])

    def aws_cli(*args):
        return run([AWS, "--endpoint-url", url, "s3api", *args])

    r = awsc_cli("create-bucket", "--bucket", BUCKET)
    check(r.returncode == 0, f"awsc create-bucket: {r.stderr}")

    bodies = {
        "random.bin": os.urandom(3 * 1024 * 1024 + 11),
        "empty.bin": b"",
        "dir a/caf\u00e9 100%.txt": "caf\u00e9 au lait\n".encode(),
    }
    for name, data in bodies.items():
        src = os.path.join(tmp, "src")
        with open(src, "wb") as f:
            f.write(data)
        # awsc writes: from a file, with and without a checksum
        for extra, key in (([], "awsc/" + name), (["--checksum-algorithm", "CRC32"],
                                                  "awsc-crc/" + name)):
            r = awsc_cli("put-object", "--bucket", BUCKET, "--key", key, "--body", src, *extra)
            if not check(r.returncode == 0, f"awsc put-object {key}: {r.stderr}"):
                continue
            etag = json.loads(r.stdout).get("ETag")
            out = os.path.join(tmp, "aws.out")
            r = aws_cli("get-object", "--bucket", BUCKET, "--key", key, out)
            if check(r.returncode == 0, f"aws get-object {key}: {r.stderr}"):
                with open(out, "rb") as f:
                    check(f.read() == data, f"aws reads {key} as awsc wrote it")
                check(json.loads(r.stdout).get("ETag") == etag, f"{key}: the same ETag")
                os.unlink(out)
            got = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
            check(got == data, f"boto3 reads {key} as awsc wrote it")
        # the AWS CLI and boto3 write, awsc reads into a file
        key = "aws/" + name
        r = aws_cli("put-object", "--bucket", BUCKET, "--key", key, "--body", src)
        check(r.returncode == 0, f"aws put-object {key}: {r.stderr}")
        s3.put_object(Bucket=BUCKET, Key="boto3/" + name, Body=data)
        for key in ("aws/" + name, "boto3/" + name):
            out = os.path.join(tmp, "awsc.out")
            r = awsc_cli("get-object", "--bucket", BUCKET, "--key", key, out)
            if check(r.returncode == 0, f"awsc get-object {key}: {r.stderr}"):
                with open(out, "rb") as f:
                    check(f.read() == data, f"awsc reads {key} as it was written")
                doc = json.loads(r.stdout)
                check("Body" not in doc and doc.get("ContentLength") == len(data),
                      f"awsc get-object {key} prints the metadata only: {doc}")
                os.unlink(out)

    # the listing awsc sees is the one the AWS CLI sees
    a = json.loads(awsc_cli("list-objects-v2", "--bucket", BUCKET).stdout)
    b = json.loads(aws_cli("list-objects-v2", "--bucket", BUCKET).stdout)
    check([o["Key"] for o in a["Contents"]] == [o["Key"] for o in b["Contents"]],
          "the same keys listed")
    check(len(a["Contents"]) == 12, f"{len(a['Contents'])} keys listed")

    # presigned GET URLs: awsc s3 presign and aws s3 presign, both used by curl
    for tool in ([awsc, "--endpoint-url", url], [AWS, "--endpoint-url", url]):
        r = run(tool + ["s3", "presign", f"s3://{BUCKET}/awsc/random.bin", "--expires-in", "120"])
        if check(r.returncode == 0 and "X-Amz-Expires=120" in r.stdout,
                 f"{os.path.basename(tool[0])} s3 presign: {r.stdout} {r.stderr}"):
            got = subprocess.run(["/usr/bin/curl", "-s", "-f", r.stdout.strip()],
                                 capture_output=True)
            check(got.returncode == 0 and got.stdout == bodies["random.bin"],
                  f"curl GET of the URL {os.path.basename(tool[0])} presigned")
    r = run([awsc, "--endpoint-url", url, "s3", "presign", "s3://no-key"])
    check(r.returncode == 252, f"awsc s3 presign without a key: {r.returncode}")

    # usage errors, as the AWS CLI's
    r = awsc_cli("get-object", "--bucket", BUCKET, "--key", "awsc/random.bin")
    check(r.returncode == 252 and "outfile" in r.stderr, f"get-object without outfile: "
          f"{r.returncode} {r.stderr}")
    r = awsc_cli("put-object", "--bucket", BUCKET, "--key", "x", "--body",
                 os.path.join(tmp, "no-such-file"))
    check(r.returncode != 0 and "no-such-file" in r.stderr, f"put-object of a missing file: "
          f"{r.returncode} {r.stderr}")
    check("Contents" not in json.loads(awsc_cli("list-objects-v2", "--bucket", BUCKET,
                                                "--prefix", "x").stdout or "{}"),
          "nothing was sent for the missing file")
    r = awsc_cli("get-object", "--bucket", BUCKET, "--key", "no-such-key",
                 os.path.join(tmp, "missing.out"))
    check(r.returncode == 254 and "NoSuchKey" in r.stderr and
          not os.path.exists(os.path.join(tmp, "missing.out")),
          f"get-object of a missing key: {r.returncode} {r.stderr}")
    leftovers = os.listdir(tmp)
    check(leftovers == ["src"], f"files left behind: {leftovers}")

    for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]:
        s3.delete_object(Bucket=BUCKET, Key=o["Key"])
    r = awsc_cli("delete-bucket", "--bucket", BUCKET)
    check(r.returncode == 0, f"awsc delete-bucket: {r.stderr}")
    os.unlink(os.path.join(tmp, "src"))
    os.rmdir(tmp)
    print(f"s3 interop: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
