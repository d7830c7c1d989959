#!/usr/bin/python3
"""Peak memory of a 1 GiB S3 download to a file, against nginx serving a
1 GiB file made in a temporary folder (GetObject on path-style
/bench/big.bin: bucket "bench", key "big.bin").

usage: memory.py S3_DOWNLOAD_MEMORY [SIZE_MIB]

Prints the program's own report (getrusage) and /usr/bin/time -v's
"Maximum resident set size", and fails when either reaches 32 MiB. Beside
it, from the same run and server: curl writing the same URL to a file
(no signing, no SDK), and boto3's download_file (signed, ranged parts on
threads), each with its peak resident size and speed.
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

LIMIT_KIB = 32 * 1024

BOTO3_DOWNLOAD = """
import sys, boto3
from botocore.config import Config
s3 = boto3.client("s3", endpoint_url=sys.argv[1],
                  config=Config(s3={"addressing_style": "path"}))
s3.download_file("bench", "big.bin", sys.argv[2])
"""


def measured(argv, env):
    """Runs argv under /usr/bin/time -v: (process, peak KiB, seconds)."""
    start = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-v"] + argv, env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return r, int(m.group(1)) if m else -1, seconds


def peer(name, argv, env, out, size):
    if os.path.exists(out):
        os.unlink(out)
    r, peak, seconds = measured(argv, env)
    ok = r.returncode == 0 and os.path.exists(out) and os.path.getsize(out) == size
    print(f"{name:>24}: maximum resident set size {peak} KiB ({peak / 1024:.1f} MiB), "
          f"{size / seconds / 2**20:.0f} MiB/s" + ("" if ok else f"  (failed: {r.stderr[-300:]})"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    prog = sys.argv[1]
    size = int(sys.argv[2] if len(sys.argv) > 2 else 1024) * 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="awsc-bench-s3-") as tmp:
        src = os.path.join(tmp, "big.bin")
        block = bytes((i * 2654435761 >> 13) & 0xFF for i in range(1 << 20))
        with open(src, "wb") as f:
            for _ in range(size >> 20):
                f.write(block)
        conf = "location /bench/ { alias %s/; }" % tmp
        with servers.start("nginx", server_conf=conf) as server:
            env = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDBENCH", AWS_SECRET_ACCESS_KEY="bench",
                       AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/nonexistent",
                       AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
            out = os.path.join(tmp, "download.bin")
            r, peak, _ = measured([prog, server.url, "bench", "big.bin", out, str(size)], env)
            print(r.stdout, end="")
            print(f"/usr/bin/time -v: maximum resident set size {peak} KiB "
                  f"({peak / 1024:.1f} MiB) for a {size >> 20} MiB download")
            ok = r.returncode == 0 and 0 < peak < LIMIT_KIB
            if not ok:
                print(r.stderr)
            same = ok and os.path.getsize(out) == size and \
                subprocess.run(["cmp", "-s", src, out]).returncode == 0
            print("the download is byte-identical" if same else "FAIL: the download differs")
            os.unlink(out)
            print("peers, the same download from the same server:")
            peer("awsc (s3_download_memory)", [prog, server.url, "bench", "big.bin", out,
                                               str(size)], env, out, size)
            peer("curl -o", ["curl", "-sSf", "-o", out, f"{server.url}/bench/big.bin"], env,
                 out, size)
            peer("boto3 download_file", ["/usr/bin/python3", "-c", BOTO3_DOWNLOAD, server.url,
                                         out], env, out, size)
        return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
