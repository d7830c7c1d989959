#!/usr/bin/python3
"""Peak memory and speed of large S3 transfers through awsc's transfer
manager, beside the AWS CLI's `aws s3 cp` and boto3's upload_file /
download_file, from the same run, the same file and the same servers on
127.0.0.1: s3rver (uploads and downloads) and nginx (downloads: HEAD and
ranged GETs of a static file, as the S3 memory benchmark uses it; uploads
in one PutObject through its WebDAV module, which has no multipart API).

usage: transfer_memory.py TRANSFER_TOOL [SIZE_MIB]   (default 1024)

All three use their defaults: 8 MiB parts, 10 at a time, multipart from
8 MiB. Each run is timed and measured by /usr/bin/time -v (maximum
resident set size); each result is compared with the source byte for
byte. Loopback transfers vary from run to run: the memory figures are
the point, the speeds are indicative.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "servers"))
import servers  # noqa: E402

BOTO3 = """
import sys, boto3
from botocore.config import Config
s3 = boto3.client("s3", endpoint_url=sys.argv[1], config=Config(s3={"addressing_style": "path"}))
if sys.argv[2] == "up":
    s3.upload_file(sys.argv[3], "bench", sys.argv[4])
elif sys.argv[2] == "up-single":
    from boto3.s3.transfer import TransferConfig
    s3.upload_file(sys.argv[3], "bench", sys.argv[4],
                   Config=TransferConfig(multipart_threshold=1 << 40))
else:
    s3.download_file("bench", sys.argv[4], sys.argv[3])
"""


def measured(argv, env):
    start = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-v"] + [str(a) for a in argv], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return r, int(m.group(1)) if m else -1, seconds


def same(a, b):
    return os.path.exists(b) and subprocess.run(["cmp", "-s", a, b]).returncode == 0


def row(what, who, argv, env, size, verify):
    r, peak, seconds = measured(argv, env)
    ok = r.returncode == 0 and verify()
    print(f"  {what:<9} {who:<28} peak {peak / 1024:7.1f} MiB   {size / seconds / 2**20:6.0f} MiB/s"
          + ("" if ok else "   FAILED: " + (r.stdout + r.stderr)[-400:].replace("\n", " ")))
    return ok


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tool = sys.argv[1]
    size = int(sys.argv[2] if len(sys.argv) > 2 else 1024) << 20
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDBENCH", AWS_SECRET_ACCESS_KEY="bench",
               AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/nonexistent",
               AWS_SHARED_CREDENTIALS_FILE="/nonexistent", AWS_EC2_METADATA_DISABLED="true")
    good = True
    with tempfile.TemporaryDirectory(prefix="awsc-bench-transfer-") as tmp:
        src = os.path.join(tmp, "big.bin")
        with open(src, "wb") as f:
            block = os.urandom(1 << 20)
            for i in range(size >> 20):
                f.write(block[i % 251:] + block[:i % 251])
        out = os.path.join(tmp, "out.bin")

        def fresh():
            if os.path.exists(out):
                os.unlink(out)
            return out

        print(f"{size >> 20} MiB, s3rver on 127.0.0.1:")
        with servers.start("s3rver") as server:
            url = server.url
            aws = ["/usr/bin/aws", "--endpoint-url", url, "s3", "cp", "--only-show-errors"]
            subprocess.run(aws[:3] + ["s3", "mb", "s3://bench"], env=env, check=True,
                           capture_output=True)

            def stored(key):
                return lambda: (subprocess.run(aws + [f"s3://bench/{key}", fresh()], env=env,
                                               capture_output=True).returncode == 0
                                and same(src, out))
            good &= row("upload", "awsc (awsc_s3_upload)",
                        [tool, url, "upload", src, "bench", "awsc.bin"], env, size,
                        stored("awsc.bin"))
            good &= row("upload", "aws s3 cp", aws + [src, "s3://bench/aws.bin"], env, size,
                        stored("aws.bin"))
            good &= row("upload", "boto3 upload_file",
                        ["/usr/bin/python3", "-c", BOTO3, url, "up", src, "boto3.bin"], env, size,
                        stored("boto3.bin"))
            good &= row("download", "awsc (to a file)",
                        [tool, url, "download", "bench", "awsc.bin", fresh()], env, size,
                        lambda: same(src, out))
            good &= row("download", "awsc (streamed, in order)",
                        [tool, url, "stream", "bench", "awsc.bin", fresh()], env, size,
                        lambda: same(src, out))
            good &= row("download", "aws s3 cp", aws + ["s3://bench/awsc.bin", fresh()], env,
                        size, lambda: same(src, out))
            good &= row("download", "boto3 download_file",
                        ["/usr/bin/python3", "-c", BOTO3, url, "down", fresh(), "awsc.bin"], env,
                        size, lambda: same(src, out))
        print(f"{size >> 20} MiB, nginx on 127.0.0.1 (a static file at /bench/big.bin, "
              "WebDAV PUT):")
        conf = ("client_max_body_size 0; location /bench/ { alias %s/; dav_methods PUT; }"
                % tmp)
        with servers.start("nginx", server_conf=conf) as server:
            url = server.url
            aws = ["/usr/bin/aws", "--endpoint-url", url, "s3", "cp", "--only-show-errors"]
            put = os.path.join(tmp, "put.bin")

            def put_same():
                ok = same(src, put)
                if os.path.exists(put):
                    os.unlink(put)
                return ok
            good &= row("upload", "awsc (one PutObject)",
                        [tool, url, "upload", src, "bench", "put.bin", "--threshold", 1 << 40],
                        env, size, put_same)
            single = os.path.join(tmp, "aws-config")
            with open(single, "w") as f:
                f.write("[default]\ns3 =\n    multipart_threshold = 100GB\n")
            good &= row("upload", "aws s3 cp (one PutObject)", aws + [src, "s3://bench/put.bin"],
                        dict(env, AWS_CONFIG_FILE=single), size, put_same)
            good &= row("upload", "boto3 (one put_object)",
                        ["/usr/bin/python3", "-c", BOTO3, url, "up-single", src, "put.bin"],
                        env, size, put_same)
            good &= row("download", "awsc (to a file)",
                        [tool, url, "download", "bench", "big.bin", fresh()], env, size,
                        lambda: same(src, out))
            good &= row("download", "awsc (streamed, in order)",
                        [tool, url, "stream", "bench", "big.bin", fresh()], env, size,
                        lambda: same(src, out))
            good &= row("download", "aws s3 cp", aws + ["s3://bench/big.bin", fresh()], env,
                        size, lambda: same(src, out))
            good &= row("download", "boto3 download_file",
                        ["/usr/bin/python3", "-c", BOTO3, url, "down", fresh(), "big.bin"], env,
                        size, lambda: same(src, out))
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
