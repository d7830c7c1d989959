#!/usr/bin/python3
"""awsc over the wire, each figure beside its peer from the same run, all
against one nginx on 127.0.0.1 (one worker) answering DynamoDB GetItem
with a canned item, taking S3 PutObject (1 KiB: answered and dropped;
large: written to a file) and serving GetObject from a file:

  GetItem, sync, one connection          vs wrk -t1 -c1 (the same POST)
  GetItem, async, IN_FLIGHT at once      vs wrk -t1 -cIN_FLIGHT
  (libcurl alone, sync and async: the     vs the same wrk figures
    same request's bytes with nothing to
    build, sign or parse; the floor of
    the libcurl transport)
  GetItem, sync                          vs boto3
  PutObject 1 KiB, sync                  vs boto3
  (the small calls again on the socket transport, AWSC_TRANSPORT=socket)
  GetObject of SIZE_MIB to a file        vs curl -o
  PutObject of SIZE_MIB from a file      vs hashing the file once (SHA-256 and
                                            MD5 in one pass, Python's hashlib)
  PutObject unsigned, no checksum        vs curl -T
  PutObject over HTTPS (its default:     vs curl -T over HTTPS
    unsigned, aws-chunked, a CRC32
    trailer)

Each figure is the median of ROUNDS rounds; the peers run in the same
rounds, interleaved. Loopback figures vary with the machine's load.

usage: bench_wire.py PATH/bench_wire [--seconds S] [--rounds N] [--size-mib M]
                     [--in-flight K] [--only small|big] [--dir DIR]

The files (the source, the downloads, nginx's uploads) go in a new folder
in DIR: by default /dev/shm when it is a tmpfs with room for them, so that
the big transfers time the programs rather than the disk's write-back
(which on a shared machine varied 5x from one run to the next); nginx's
own folder, where it keeps an upload's body until it renames it into
place, goes there too. --dir /var/tmp times them on a disk.
"""
import argparse
import hashlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "servers"))
import servers  # noqa: E402

ITEM = '{"Item":{"pk":{"S":"item42"},"n":{"N":"1"}}}'
GET_ITEM_BODY = '{"TableName": "music", "Key": {"pk": {"S": "item42"}}}'

SERVER_CONF = """
        listen 127.0.0.1:%s ssl;
        ssl_certificate %s;
        ssl_certificate_key %s;
        client_max_body_size 0;
        location = / {
            default_type application/x-amz-json-1.0;
            add_header x-amzn-RequestId bench;
            return 200 '%s';
        }
        location = /bench/small.bin {
            return 200 '';
        }
        location /bench/ {
            alias %s/;
            dav_methods PUT;
        }
"""

WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = '%s'
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.GetItem"
""" % GET_ITEM_BODY

BOTO3 = """
import sys, time, boto3
from botocore.config import Config
url, what, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
cfg = Config(s3={"addressing_style": "path"}, retries={"total_max_attempts": 1})
if what == "getitem":
    c = boto3.client("dynamodb", endpoint_url=url, config=cfg)
    call = lambda: c.get_item(TableName="music", Key={"pk": {"S": "item42"}})
else:
    c = boto3.client("s3", endpoint_url=url, config=cfg)
    body = bytes(1024)
    call = lambda: c.put_object(Bucket="bench", Key="small.bin", Body=body)
for _ in range(50):
    call()
n, t0 = 0, time.perf_counter()
while time.perf_counter() - t0 < seconds:
    for _ in range(20):
        call()
    n += 20
print("calls_per_s %.0f" % (n / (time.perf_counter() - t0)))
"""


def fields(text):
    words = text.split()
    return {words[i]: float(words[i + 1]) for i in range(0, len(words) - 1, 2)
            if re.match(r"^[a-z_]+$", words[i])}


def run(argv, env):
    r = subprocess.run(argv, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed: {r.stderr[-600:]}")
    return r.stdout


def timed(argv, env):
    t0 = time.monotonic()
    run(argv, env)
    return time.monotonic() - t0


def wrk(url, seconds, conns, script):
    out = run(["wrk", "-t1", f"-c{conns}", f"-d{max(1, round(float(seconds)))}s", "-s", script, url], os.environ)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def hash_once(path):
    sha, md5 = hashlib.sha256(), hashlib.md5()
    t0 = time.monotonic()
    with open(path, "rb", buffering=0) as f:
        while True:
            b = f.read(1 << 20)
            if not b:
                break
            sha.update(b)
            md5.update(b)
    return time.monotonic() - t0


def aws_chunked_length(path):
    """The length of the payload an aws-chunked body holds (nginx keeps
    the body as it came, framing and trailer included)."""
    total = 0
    with open(path, "rb") as f:
        while True:
            n = int(f.readline().split(b";")[0], 16)
            if n == 0:
                return total
            total += n
            f.seek(n + 2, os.SEEK_CUR)


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("prog")
    ap.add_argument("--seconds", type=float, default=3)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--in-flight", type=int, default=16)
    ap.add_argument("--only", choices=["small", "big"])
    ap.add_argument("--dir", help="where the files go (default: /dev/shm when it has room)")
    a = ap.parse_args()
    if not a.dir:
        a.dir = None
        try:
            st = os.statvfs("/dev/shm")
            if st.f_bavail * st.f_frsize > 4 * (a.size_mib << 20):
                a.dir = "/dev/shm"
        except OSError:
            pass
    env = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDBENCH", AWS_SECRET_ACCESS_KEY="bench",
               AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/nonexistent",
               AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    size = a.size_mib << 20
    # built beside bench_wire where libcurl is
    alone = os.path.join(os.path.dirname(os.path.abspath(a.prog)), "libcurl_alone")
    alone = alone if os.access(alone, os.X_OK) else None
    rows = {}

    def add(name, value):
        rows.setdefault(name, []).append(value)
        if os.environ.get("BENCH_WIRE_VERBOSE"):
            print(f"  {name}: {value:.3f}", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="awsc-bench-wire-", dir=a.dir) as tmp:
        print(f"files in {tmp}", file=sys.stderr)
        script = os.path.join(tmp, "getitem.lua")
        with open(script, "w") as f:
            f.write(WRK_SCRIPT)
        src = os.path.join(tmp, "big.bin")
        if a.only != "small":
            block = os.urandom(1 << 20)
            with open(src, "wb") as f:
                for _ in range(a.size_mib):
                    f.write(block)
        # the same server on a second port over TLS, with a certificate
        # made for this run
        cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
        run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
             "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], os.environ)
        tls_port = servers.free_port()
        conf = SERVER_CONF % (tls_port, cert, key, ITEM, tmp)
        # nginx's own folder goes in tmp too: it writes an upload's body
        # to its temporary folder first, then renames it into place, and
        # on another file system (the disk, for /tmp) that rename becomes
        # a copy and both uploads time the disk's write-back.
        tempfile.tempdir = tmp
        try:
            server = servers.start("nginx", server_conf=conf)
        finally:
            tempfile.tempdir = None
        with server:
            url = server.url
            for _ in range(a.rounds):
                if a.only != "big":
                    s = str(a.seconds)
                    f = fields(run([a.prog, "getitem", url, s], env))
                    add("getitem sync", f["calls_per_s"])
                    add("getitem sync cpu", f["cpu_us_per_call"])
                    add("wrk -c1", wrk(url + "/", s, 1, script))
                    f = fields(run([a.prog, "getitem-async", url, s, str(a.in_flight)], env))
                    add("getitem async", f["calls_per_s"])
                    add("getitem async cpu", f["cpu_us_per_call"])
                    add(f"wrk -c{a.in_flight}", wrk(url + "/", s, a.in_flight, script))
                    # the same two on the socket transport (no libcurl)
                    sock = dict(env, AWSC_TRANSPORT="socket")
                    f = fields(run([a.prog, "getitem", url, s], sock))
                    add("getitem sync socket", f["calls_per_s"])
                    add("getitem sync socket cpu", f["cpu_us_per_call"])
                    f = fields(run([a.prog, "getitem-async", url, s, str(a.in_flight)], sock))
                    add("getitem async socket", f["calls_per_s"])
                    add("getitem async socket cpu", f["cpu_us_per_call"])
                    if alone:
                        # the libcurl transport's floor: libcurl alone, the same bytes
                        f = fields(run([alone, "sync", url + "/", s], env))
                        add("libcurl alone sync", f["calls_per_s"])
                        add("libcurl alone sync cpu", f["cpu_us_per_call"])
                        f = fields(run([alone, "async", url + "/", s, str(a.in_flight)], env))
                        add("libcurl alone async", f["calls_per_s"])
                        add("libcurl alone async cpu", f["cpu_us_per_call"])
                    add("boto3 getitem", fields(run(
                        ["/usr/bin/python3", "-c", BOTO3, url, "getitem", s], env))["calls_per_s"])
                    f = fields(run([a.prog, "put-small", url, s], env))
                    add("put 1KiB", f["calls_per_s"])
                    add("put 1KiB cpu", f["cpu_us_per_call"])
                    f = fields(run([a.prog, "put-small", url, s], sock))
                    add("put 1KiB socket", f["calls_per_s"])
                    add("put 1KiB socket cpu", f["cpu_us_per_call"])
                    add("boto3 put 1KiB", fields(run(
                        ["/usr/bin/python3", "-c", BOTO3, url, "put", s], env))["calls_per_s"])
                if a.only != "small":
                    out = os.path.join(tmp, "down.bin")
                    # Each timed transfer starts with the disk flushed: the
                    # 1 GiB files written before it would otherwise be
                    # written back while it runs, and slow it down.
                    os.sync()
                    f = fields(run([a.prog, "get-big", url, "bench", "big.bin", out], env))
                    if os.path.getsize(out) != size:
                        sys.exit("the download has the wrong size")
                    add("get big MiB/s", f["mib_per_s"])
                    add("get big peak", f["peak_kib"] / 1024)
                    os.unlink(out)
                    os.sync()
                    t = timed(["curl", "-sSf", "-o", out, f"{url}/bench/big.bin"], env)
                    add("curl -o MiB/s", a.size_mib / t)
                    os.unlink(out)
                    os.sync()
                    # Each upload is checked and removed before the next
                    # one: the tmpfs holds the source and one upload at a
                    # time, not five copies of it.
                    def uploaded(name, length=os.path.getsize):
                        path = os.path.join(tmp, name)
                        if length(path) != size:
                            sys.exit(f"the upload {name} has the wrong size")
                        os.unlink(path)
                        os.sync()

                    f = fields(run([a.prog, "put-big", url, "bench", "up.bin", src], env))
                    add("put big s", f["seconds"])
                    add("put big peak", f["peak_kib"] / 1024)
                    uploaded("up.bin")
                    add("hash s", hash_once(src))
                    f = fields(run([a.prog, "put-big", url, "bench", "up.bin", src, "unsigned"],
                                   env))
                    add("put big unsigned s", f["seconds"])
                    uploaded("up.bin")
                    add("curl -T s", timed(["curl", "-sSf", "-T", src, f"{url}/bench/up.bin"],
                                           env))
                    uploaded("up.bin")
                    tls_url = f"https://127.0.0.1:{tls_port}"
                    tls_env = dict(env, AWS_CA_BUNDLE=cert)
                    f = fields(run([a.prog, "put-big", tls_url, "bench", "up.bin", src], tls_env))
                    add("put big https s", f["seconds"])
                    uploaded("up.bin", aws_chunked_length)
                    add("curl -T https s", timed(["curl", "-sSf", "--cacert", cert, "-T", src,
                                                  f"{tls_url}/bench/up.bin"], env))
                    uploaded("up.bin")

    med = {k: statistics.median(v) for k, v in rows.items()}

    def line(what, ours, peer, peer_name, unit, ratio):
        print(f"{what:<36}{ours:>10.0f} {unit:<8}{peer_name:<22}{peer:>10.0f} {unit:<8}"
              f"{ratio:>6.2f}x")

    print(f"medians of {a.rounds} rounds ({a.seconds:g} s each for the small calls; "
          f"{a.size_mib} MiB objects)")
    if a.only != "big":
        line("GetItem sync, 1 connection", med["getitem sync"], med["wrk -c1"], "wrk -c1", "req/s",
             med["getitem sync"] / med["wrk -c1"])
        k = f"wrk -c{a.in_flight}"
        line(f"GetItem async, {a.in_flight} in flight", med["getitem async"], med[k], k, "req/s",
             med["getitem async"] / med[k])
        line("  the same, socket transport", med["getitem sync socket"], med["wrk -c1"],
             "wrk -c1", "req/s", med["getitem sync socket"] / med["wrk -c1"])
        line("  async, socket transport", med["getitem async socket"], med[k], k, "req/s",
             med["getitem async socket"] / med[k])
        if alone:
            line("  libcurl alone, the same bytes", med["libcurl alone sync"], med["wrk -c1"],
                 "wrk -c1", "req/s", med["libcurl alone sync"] / med["wrk -c1"])
            line("  libcurl alone, async", med["libcurl alone async"], med[k], k, "req/s",
                 med["libcurl alone async"] / med[k])
        line("GetItem sync", med["getitem sync"], med["boto3 getitem"], "boto3", "req/s",
             med["getitem sync"] / med["boto3 getitem"])
        line("  the same, socket transport", med["getitem sync socket"], med["boto3 getitem"],
             "boto3", "req/s", med["getitem sync socket"] / med["boto3 getitem"])
        line("PutObject 1 KiB sync", med["put 1KiB"], med["boto3 put 1KiB"], "boto3", "req/s",
             med["put 1KiB"] / med["boto3 put 1KiB"])
        line("  the same, socket transport", med["put 1KiB socket"], med["boto3 put 1KiB"],
             "boto3", "req/s", med["put 1KiB socket"] / med["boto3 put 1KiB"])
        print(f"awsc's CPU time a call (user + system): GetItem sync "
              f"{med['getitem sync cpu']:.1f} us, async {med['getitem async cpu']:.1f} us, "
              f"PutObject 1 KiB {med['put 1KiB cpu']:.1f} us; on the socket transport "
              f"{med['getitem sync socket cpu']:.1f}, {med['getitem async socket cpu']:.1f} and "
              f"{med['put 1KiB socket cpu']:.1f} us")
        if alone:
            print(f"libcurl alone's CPU time a call: sync {med['libcurl alone sync cpu']:.1f} us, "
                  f"async {med['libcurl alone async cpu']:.1f} us")
    if a.only != "small":
        line("GetObject to a file", med["get big MiB/s"], med["curl -o MiB/s"], "curl -o", "MiB/s",
             med["get big MiB/s"] / med["curl -o MiB/s"])
        mb = a.size_mib
        line("PutObject from a file", mb / med["put big s"], mb / med["hash s"],
             "sha256+md5 once", "MiB/s", med["hash s"] / med["put big s"])
        line("PutObject unsigned, no checksum", mb / med["put big unsigned s"],
             mb / med["curl -T s"], "curl -T", "MiB/s", med["curl -T s"] / med["put big unsigned s"])
        line("PutObject over HTTPS", mb / med["put big https s"], mb / med["curl -T https s"],
             "curl -T, HTTPS", "MiB/s", med["curl -T https s"] / med["put big https s"])
        print(f"peak resident size: GetObject {med['get big peak']:.1f} MiB, "
              f"PutObject {med['put big peak']:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
