#!/usr/bin/python3
"""Runs the transfer examples against s3rver, each result checked through
boto3: s3_upload_download (a 40 MiB file up with progress and streamed
back), s3_serve_object (its HTTP server fetched by urllib: the headers
boto3's HeadObject gives, the bytes boto3's GetObject gives),
s3_delete_all (1,001 objects, then the bucket empty).

usage: examples_test.py UPLOAD_DOWNLOAD SERVE_OBJECT DELETE_ALL SERVERS_PY
"""
import hashlib
import os
import subprocess
import sys
import tempfile
import urllib.request

import boto3
from botocore.config import Config

MiB = 1024 * 1024
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    up_down, serve, delete_all, servers_py = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    import servers

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    with servers.start("s3rver") as server, tempfile.TemporaryDirectory() as work:
        env["AWS_ENDPOINT_URL"] = server.url
        os.environ.update(env)
        s3 = boto3.client("s3", endpoint_url=server.url,
                          config=Config(s3={"addressing_style": "path"}))
        s3.create_bucket(Bucket="examples")
        path = os.path.join(work, "large.bin")
        data = hashlib.shake_256(b"example").digest(MiB) * 40 + b"tail"
        with open(path, "wb") as f:
            f.write(data)

        r = subprocess.run([up_down, "examples", path, "dir/large.bin"], env=env,
                           capture_output=True, text=True, timeout=300)
        print(r.stdout + r.stderr)
        check(r.returncode == 0 and "downloaded %d bytes, the same" % len(data) in r.stdout,
              "s3_upload_download: streamed back the same")
        check("upload: 100%" in r.stdout and "download: 100%" in r.stdout and
              r.stdout.count("upload:") >= 5, "s3_upload_download: progress both ways")
        got = s3.get_object(Bucket="examples", Key="dir/large.bin")["Body"].read()
        check(got == data, "s3_upload_download: the object as boto3 reads it")

        p = subprocess.Popen([serve, "examples", "dir/large.bin", "0", "2"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = p.stdout.readline()
            print(line.strip())
            url = line.split(" at ")[1].strip()
            head = s3.head_object(Bucket="examples", Key="dir/large.bin")
            for _ in range(2):
                with urllib.request.urlopen(url, timeout=60) as resp:
                    body = resp.read()
                    check(resp.status == 200 and body == data,
                          "s3_serve_object: the object's bytes, streamed")
                    check(resp.headers["Content-Type"] == head["ContentType"] and
                          int(resp.headers["Content-Length"]) == head["ContentLength"] and
                          resp.headers["ETag"] == head["ETag"] and
                          resp.headers["Content-Disposition"] ==
                          'attachment; filename="large.bin"',
                          "s3_serve_object: headers %s" % dict(resp.headers))
            out, err = p.communicate(timeout=60)
            print(out + err)
            check(p.returncode == 0 and out.count("served") == 2, "s3_serve_object: ended")
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()

        for i in range(1000):
            s3.put_object(Bucket="examples", Key="many/%04d" % i, Body=b"%d" % i)
        r = subprocess.run([delete_all, "examples"], env=env, capture_output=True, text=True,
                           timeout=300)
        print(r.stdout + r.stderr)
        left = s3.list_objects_v2(Bucket="examples").get("KeyCount", -1)
        check(r.returncode == 0 and "deleted 1001 objects" in r.stdout and left == 0,
              "s3_delete_all: 1,001 objects deleted, %d left" % left)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
