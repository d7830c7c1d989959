#!/usr/bin/python3
"""`awsc s3 ...` beside `aws s3 ...` (/usr/bin/aws, the AWS CLI v2) against
one s3rver: every step of s3_cases.txt run by both tools, their output lines
and exit statuses compared after the normalisations that file lists, and
the buckets and local folders compared where it says @state (so a sync must
transfer and delete the same files). Then `s3 presign`: the URLs of the two
tools have the same shape, and awsc's fetches the object with curl.

usage: s3_compare.py AWSC_TOOL S3_URL
"""
import hashlib
import os
import pty
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402

AWS = "/usr/bin/aws"
HERE = os.path.dirname(os.path.abspath(__file__))
BUCKETS = {"aws": "aws-bucket", "awsc": "awsc-bucket"}
DATE = re.compile(r"\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\b")
failures = []


def fail(what):
    failures.append(what)
    print("FAIL " + what, flush=True)


def content(path, size):
    """The bytes of a test file: the same for both tools' folders."""
    seed = hashlib.sha256(f"{path}:{size}".encode()).digest()
    block = hashlib.sha256(seed).digest() * 2048  # 64 KiB
    return (block * (size // len(block) + 1))[:size]


def normalise(text, tool, cwd, flags):
    text = text.replace("\r\n", "\n")
    lines = []
    for line in text.split("\n"):
        # progress pieces end with '\r'; what follows the last one is the line
        pieces = [p for p in line.split("\r") if not p.startswith("Completed ")]
        line = "".join(pieces).rstrip()
        if not line:
            continue
        if "exact" not in flags:
            line = line.replace(BUCKETS[tool], "{b}")
        line = line.replace(cwd, "{cwd}")
        if tool == "awsc" and line.startswith("usage: awsc "):
            line = "usage: aws " + line[len("usage: awsc "):]
        if "dates" in flags:
            line = DATE.sub("{date}", line)
        lines.append(line)
    return sorted(lines) if "sorted" in flags else lines


def bucket_state(s3, bucket):
    try:
        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted((o["Key"], o["Size"], o["ETag"]) for p in pages for o in p.get("Contents", []))
    except s3.exceptions.NoSuchBucket:
        return None


def folder_state(root):
    out = []
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, root)
            if not os.path.isfile(p):
                out.append((rel, "special"))
                continue
            with open(p, "rb") as f:
                out.append((rel, os.path.getsize(p), hashlib.sha256(f.read()).hexdigest()))
    return sorted(out)


def apply_setup(words, dirs):
    op = words[0]
    for d in dirs.values():
        path = os.path.join(d, words[1])
        if op == "@write":
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(content(words[1], int(words[2])))
            day = words[3] if len(words) > 3 else "2020-01-01"
            t = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp()
            os.utime(path, (t, t))
        elif op == "@rm":
            os.remove(path)
        elif op == "@mkfifo":
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.mkfifo(path)
        else:
            raise SystemExit(f"s3_cases.txt: unknown step {op}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    awsc, url = os.path.abspath(sys.argv[1]), sys.argv[2]
    work = tempfile.mkdtemp(prefix="awsc-s3-compare-")
    empty = os.path.join(work, "empty-config")
    open(empty, "w").close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCCOMPARE", AWS_SECRET_ACCESS_KEY="compare/secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE=empty, AWS_SHARED_CREDENTIALS_FILE=empty, AWS_PAGER="",
               # a zone away from UTC, so that ls's local time is exercised
               TZ="Asia/Kolkata")
    os.environ.clear()
    os.environ.update(env)
    s3 = boto3.client("s3", endpoint_url=url, config=Config(s3={"addressing_style": "path"}))
    dirs = {tool: os.path.join(work, tool) for tool in BUCKETS}
    for d in dirs.values():
        os.makedirs(d)
    tools = {"aws": [AWS], "awsc": [awsc]}
    table = []
    steps = 0
    with open(os.path.join(HERE, "s3_cases.txt")) as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]
    for ln in lines:
        if ln.startswith("@state"):
            for tool in BUCKETS:
                pass
            a, b = bucket_state(s3, BUCKETS["aws"]), bucket_state(s3, BUCKETS["awsc"])
            if a != b:
                fail(f"@state after step {steps}: buckets differ:\n  aws:  {a}\n  awsc: {b}")
            fa, fb = folder_state(dirs["aws"]), folder_state(dirs["awsc"])
            if fa != fb:
                fail(f"@state after step {steps}: folders differ:\n  aws:  {fa}\n  awsc: {fb}")
            continue
        if ln.startswith("@"):
            apply_setup(ln.split(), dirs)
            continue
        name, args, checks = [x.strip() for x in ln.split("|")]
        flags = checks.split()
        steps += 1
        results = {}
        for tool in ("aws", "awsc"):
            argv = [w.replace("{b}", BUCKETS[tool]).replace("{aws}", BUCKETS["aws"])
                    for w in args.split()]
            cmd = tools[tool] + ["--endpoint-url", url] + argv
            r = exe_wrapper.run(cmd, capture_output=True, text=True, cwd=dirs[tool],
                                stdin=subprocess.DEVNULL, timeout=300)
            if tool == "awsc" and ("\r" in r.stdout or "Completed " in r.stdout):
                fail(f"{name}: awsc printed progress to a pipe: {r.stdout!r}")
            results[tool] = (r.returncode, normalise(r.stdout, tool, dirs[tool], flags),
                             normalise(r.stderr, tool, dirs[tool], flags))
        (rc_a, out_a, err_a), (rc_c, out_c, err_c) = results["aws"], results["awsc"]
        same = rc_a == rc_c
        if not same:
            fail(f"{name}: exit status aws {rc_a}, awsc {rc_c}")
        if "out" in flags and out_a != out_c:
            same = False
            fail(f"{name}: stdout differs\n  aws:  {out_a}\n  awsc: {out_c}")
        if "err" in flags and err_a != err_c:
            same = False
            fail(f"{name}: stderr differs\n  aws:  {err_a}\n  awsc: {err_c}")
        table.append((name, args, rc_a, len(out_a), "same" if same else "DIFFERENT"))
        print(f"{'ok  ' if same else 'FAIL'} {name}: `{args}` -> {rc_a}", flush=True)

    progress_on_terminal(awsc, url, s3, work)
    presign(awsc, url, s3, work)
    if not os.environ.get("AWSC_KEEP"):
        shutil.rmtree(work, ignore_errors=True)
    print(f"{steps} invocations compared, {len(failures)} failures")
    sys.exit(1 if failures else 0)


def progress_on_terminal(awsc, url, s3, work):
    """On a terminal awsc prints a progress line ("Completed X/Y (S/s) with
    N file(s) remaining", ended by '\r') before the result line."""
    s3.create_bucket(Bucket="progress-bucket")
    path = os.path.join(work, "progress.bin")
    with open(path, "wb") as f:
        f.write(content("progress.bin", 20 * 1024 * 1024))
    leader, follower = pty.openpty()
    p = subprocess.Popen(exe_wrapper.command([awsc, "--endpoint-url", url, "s3", "cp", path,
                                              "s3://progress-bucket/p.bin"]),
                         stdout=follower, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    p.wait(timeout=300)
    os.close(leader)
    text = out.decode(errors="replace")
    if p.returncode != 0 or not re.search(
            r"Completed [\d.]+ MiB/20\.0 MiB \([\d.]+ [KMG]?i?B(ytes)?/s\) with 1 file\(s\) "
            r"remaining\r", text) or "upload: " not in text:
        fail(f"progress on a terminal: exit {p.returncode}, output {text!r}")
    else:
        print("ok   progress: a progress line on a terminal, none on a pipe")
    s3.delete_object(Bucket="progress-bucket", Key="p.bin")
    s3.delete_bucket(Bucket="progress-bucket")
    os.remove(path)


def presign(awsc, url, s3, work):
    """The two presigned URLs of one object: same endpoint, path and
    parameters (the signature and the time aside), and awsc's fetches it."""
    s3.create_bucket(Bucket="presign-bucket")
    s3.put_object(Bucket="presign-bucket", Key="dir/hello world.txt", Body=b"presigned!")
    urls = {}
    for tool, cmd in (("aws", [AWS]), ("awsc", [awsc])):
        r = exe_wrapper.run(cmd + ["--endpoint-url", url, "s3", "presign",
                                   "s3://presign-bucket/dir/hello world.txt",
                                   "--expires-in", "600"], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"presign: {tool} exited {r.returncode}: {r.stderr}")
            return
        urls[tool] = urllib.parse.urlsplit(r.stdout.strip())
    a, c = urls["aws"], urls["awsc"]
    qa, qc = urllib.parse.parse_qs(a.query), urllib.parse.parse_qs(c.query)
    if (a.scheme, a.netloc, a.path) != (c.scheme, c.netloc, c.path):
        fail(f"presign: URL differs: aws {a.geturl()} awsc {c.geturl()}")
    if sorted(qa) != sorted(qc):
        fail(f"presign: parameters differ: aws {sorted(qa)} awsc {sorted(qc)}")
    for k in ("X-Amz-Algorithm", "X-Amz-Expires", "X-Amz-SignedHeaders"):
        if qa.get(k) != qc.get(k):
            fail(f"presign: {k}: aws {qa.get(k)} awsc {qc.get(k)}")
    cred_a = qa.get("X-Amz-Credential", [""])[0].split("/")
    cred_c = qc.get("X-Amz-Credential", [""])[0].split("/")
    if cred_a[:1] + cred_a[2:] != cred_c[:1] + cred_c[2:]:
        fail(f"presign: credential scope: aws {cred_a} awsc {cred_c}")
    if not re.fullmatch(r"[0-9a-f]{64}", qc.get("X-Amz-Signature", [""])[0]):
        fail(f"presign: awsc's signature {qc.get('X-Amz-Signature')}")
    r = subprocess.run(["curl", "-sS", "-f", c.geturl()], capture_output=True)
    if r.returncode != 0 or r.stdout != b"presigned!":
        fail(f"presign: curl of awsc's URL: {r.returncode} {r.stdout[:100]!r} {r.stderr!r}")
    else:
        print("ok   presign: same shape as the AWS CLI's; curl fetches the object")
    s3.delete_object(Bucket="presign-bucket", Key="dir/hello world.txt")
    s3.delete_bucket(Bucket="presign-bucket")


if __name__ == "__main__":
    main()
