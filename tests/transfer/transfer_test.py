#!/usr/bin/python3
"""The S3 transfer manager against s3rver on 127.0.0.1, every result read
back through boto3 (objects, their content type and metadata) and the
part-size adaptation compared with s3transfer's own ChunksizeAdjuster.

usage: transfer_test.py TRANSFER_TOOL SERVERS_PY [--big] [--valgrind VALGRIND]

--valgrind: every run of the tool under valgrind (leaks and memory
errors fail the run), the signal cases left out.

--big: 1 GiB uploads (single-part and multipart) and downloads (to a file
and streamed), byte-identical, with their peak resident size printed, and
a 1 GiB download killed half way.
"""
import hashlib
import math
import os
import shutil
import stat
import subprocess
import sys
import tempfile

import boto3
from botocore.config import Config
from s3transfer.utils import ChunksizeAdjuster

MiB = 1024 * 1024
BUCKET = "awsc-transfer"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def make_file(path, size, seed=1):
    """size pseudo-random bytes (a repeating 1 MiB block, offset by seed)."""
    block = hashlib.shake_256(b"awsc%d" % seed).digest(MiB + 4099)
    with open(path, "wb") as f:
        left, i = size, 0
        while left:
            n = min(left, MiB)
            f.write(block[i % 4099:i % 4099 + n])
            left -= n
            i += 7


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(MiB), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_object(s3, key):
    h = hashlib.sha256()
    body = s3.get_object(Bucket=BUCKET, Key=key)["Body"]
    for chunk in iter(lambda: body.read(MiB), b""):
        h.update(chunk)
    return h.hexdigest()


VALGRIND_STATUS = 99


class Tool:
    def __init__(self, exe, url, env, valgrind=None):
        self.exe, self.url, self.env, self.valgrind = exe, url, env, valgrind

    def run(self, *args, timeout=600):
        prefix = []
        if self.valgrind:
            prefix = [self.valgrind, "--quiet", "--error-exitcode=%d" % VALGRIND_STATUS,
                      "--leak-check=full", "--errors-for-leak-kinds=definite,indirect,possible",
                      "--show-leak-kinds=definite,indirect,possible"]
        r = subprocess.run(prefix + [self.exe, self.url] + [str(a) for a in args], env=self.env,
                           capture_output=True, text=True, timeout=timeout * (10 if prefix else 1))
        if prefix:
            check(r.returncode != VALGRIND_STATUS, "valgrind is content: " + " ".join(map(str, args)))
        out = {"rc": r.returncode, "text": r.stdout + r.stderr, "lines": r.stdout.splitlines()}
        for line in out["lines"]:
            word, _, rest = line.partition(" ")
            out.setdefault(word, rest)
        print("   $ transfer_tool " + " ".join(str(a) for a in args))
        for line in (r.stdout + r.stderr).splitlines():
            print("     " + line)
        return out


def object_exists(s3, key):
    try:
        s3.head_object(Bucket=BUCKET, Key=key)
        return True
    except s3.exceptions.ClientError:
        return False


def leftovers(folder, name):
    return sorted(f for f in os.listdir(folder) if f.startswith(name))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    exe, servers_py = sys.argv[1], sys.argv[2]
    big = "--big" in sys.argv[3:]
    valgrind = None
    if "--valgrind" in sys.argv[3:]:
        valgrind = sys.argv[sys.argv.index("--valgrind") + 1]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import servers

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    if big:
        # meson's MALLOC_PERTURB_ touches every allocation: peaks without it
        env.pop("MALLOC_PERTURB_", None)
    os.environ.update(env)
    work = tempfile.mkdtemp(prefix="awsc-transfer-")
    try:
        with servers.start("s3rver") as server:
            s3 = boto3.client("s3", endpoint_url=server.url,
                              config=Config(s3={"addressing_style": "path"}))
            s3.create_bucket(Bucket=BUCKET)
            tool = Tool(exe, server.url, env, valgrind)
            if big:
                run_big(tool, s3, work)
            else:
                run_main(tool, s3, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


def uploaded_same(s3, key, path, what):
    check(object_exists(s3, key) and sha256_object(s3, key) == sha256_file(path),
          what + ": the object is byte-identical (boto3's GetObject)")


def run_main(tool, s3, work):
    small = os.path.join(work, "small")
    make_file(small, 3 * MiB + 17, seed=2)
    mid = os.path.join(work, "mid")
    make_file(mid, 23 * MiB + 5, seed=3)
    empty = os.path.join(work, "empty")
    make_file(empty, 0)

    # -- uploads: one PutObject, then multipart from a file, memory, a callback
    r = tool.run("upload", small, BUCKET, "small")
    check(r["rc"] == 0 and "ok" in r["lines"], "upload below the threshold")
    uploaded_same(s3, "small", small, "single-part upload")
    h = s3.head_object(Bucket=BUCKET, Key="small")
    check(h["ContentType"] == "application/x-awsc-test" and
          h["Metadata"] == {"origin": "transfer_tool"},
          "content type and metadata as boto3 reads them: %s %s" % (h["ContentType"],
                                                                    h["Metadata"]))
    check(r.get("progress", "").endswith("%d %d" % (3 * MiB + 17, 3 * MiB + 17)),
          "progress reaches the size")

    for cmd, conc in (("upload", 4), ("upload-memory", 3), ("upload-callback", 2)):
        key = "mid-" + cmd
        extra = ["--async"] if cmd == "upload-memory" else []
        r = tool.run(cmd, mid, BUCKET, key, "--threshold", 5 * MiB, "--part-size", 5 * MiB,
                     "--concurrency", conc, *extra)
        check(r["rc"] == 0, "%s: multipart, %d parts at a time" % (cmd, conc))
        uploaded_same(s3, key, mid, cmd + " multipart")
        calls = int(r.get("progress", "0").split()[0])
        check(calls == 5 and r.get("parts") == "5",
              "%s: 5 parts of 5 MiB, progress after each (%s calls)" % (cmd, calls))
        h = s3.head_object(Bucket=BUCKET, Key=key)
        check(h["ContentType"] == "application/x-awsc-test" and
              h["Metadata"] == {"origin": "transfer_tool"},
              "%s: the multipart object's content type and metadata" % cmd)

    for alg in ("SHA256", "CRC32C", "CRC64NVME"):
        r = tool.run("upload", mid, BUCKET, "mid-" + alg, "--threshold", 5 * MiB,
                     "--part-size", 5 * MiB, "--checksum", alg)
        check(r["rc"] == 0, "multipart upload with the %s checksum on each part" % alg)
        uploaded_same(s3, "mid-" + alg, mid, alg + " multipart")

    r = tool.run("upload", empty, BUCKET, "empty")
    check(r["rc"] == 0 and s3.head_object(Bucket=BUCKET, Key="empty")["ContentLength"] == 0,
          "an empty file")

    # -- the part size adapted to the part limit, as s3transfer adapts it
    for max_parts, part in ((3, 5 * MiB), (2, 5 * MiB), (1, 5 * MiB), (4, 1 * MiB)):
        want = ChunksizeAdjuster(max_parts=max_parts).adjust_chunksize(part, 23 * MiB + 5)
        nparts = math.ceil((23 * MiB + 5) / want)
        key = "adapt-%d" % max_parts
        r = tool.run("upload", mid, BUCKET, key, "--threshold", 5 * MiB, "--part-size", part,
                     "--max-parts", max_parts)
        calls = int(r.get("progress", "0").split()[0])
        check(r["rc"] == 0 and r.get("parts") == str(nparts) and calls == nparts,
              "max %d parts of %d: %d parts of %d as s3transfer's ChunksizeAdjuster says "
              "(awsc sent %s)" % (max_parts, part, nparts, want, calls))
        uploaded_same(s3, key, mid, "adapted upload")

    # -- downloads: to a file in parallel ranges, streamed in order
    head = s3.head_object(Bucket=BUCKET, Key="mid-upload")
    for cmd, extra in (("download", []), ("stream", []), ("download", ["--async"]),
                       ("download", ["--fsync", 1]), ("stream", ["--concurrency", 8, "--async"])):
        out = os.path.join(work, "out-" + cmd)
        r = tool.run(cmd, BUCKET, "mid-upload", out, "--threshold", MiB, "--part-size", MiB,
                     *extra)
        check(r["rc"] == 0 and os.path.exists(out) and sha256_file(out) == sha256_file(mid),
              "%s %s: 24 ranges, byte-identical" % (cmd, " ".join(map(str, extra))))
        want = "%d application/x-awsc-test %s origin=transfer_tool" % (head["ContentLength"],
                                                                        head["ETag"])
        check(r["lines"][0] == "headers " + want,
              "%s: the headers first, as boto3's HeadObject has them: %s" % (cmd, r["lines"][0]))
        check("bytes came before the headers" not in r["lines"], cmd + ": no byte before them")
        check(leftovers(work, "out-" + cmd) == ["out-" + cmd], cmd + ": no temporary file left")
        os.unlink(out)
    r = tool.run("download", BUCKET, "small", os.path.join(work, "one"))
    check(r["rc"] == 0 and sha256_file(os.path.join(work, "one")) == sha256_file(small),
          "download below the threshold: one GetObject")
    r = tool.run("download", BUCKET, "empty", os.path.join(work, "zero"))
    check(r["rc"] == 0 and os.path.getsize(os.path.join(work, "zero")) == 0,
          "an empty object downloaded")

    # -- a download killed or cancelled mid-way leaves no file passed off as whole
    if not tool.valgrind:
        signals(tool, work)
    cancels(tool, s3, work, mid)


def signals(tool, work):
    target = os.path.join(work, "killed")
    with open(target + ".keep", "wb") as f:
        f.write(b"old")
    r = tool.run("download", BUCKET, "mid-upload", target, "--threshold", MiB, "--part-size",
                 MiB, "--kill-at", 6 * MiB)
    left = leftovers(work, "killed")
    check(r["rc"] == -9 and "killed" not in left and all(".awsc-" in f or f.endswith(".keep")
                                                         for f in left),
          "SIGKILL mid-download: no file at the name, only %s" % left)
    for f in left:
        if ".awsc-" in f:
            os.unlink(os.path.join(work, f))
    r = tool.run("download", BUCKET, "mid-upload", target, "--threshold", MiB, "--part-size",
                 MiB, "--term-at", 6 * MiB)
    check(r["rc"] == 143 and leftovers(work, "killed") == ["killed.keep"],
          "SIGTERM mid-download: the handler's awsc_remove_partial_downloads() left nothing")


def cancels(tool, s3, work, mid):
    old = os.path.join(work, "old")
    with open(old, "wb") as f:
        f.write(b"the previous content")
    for extra in ([], ["--async"]):
        r = tool.run("download", BUCKET, "mid-upload", old, "--threshold", MiB, "--part-size",
                     MiB, "--cancel-at", 3 * MiB, *extra)
        check(r["rc"] == 1 and "was cancelled" in r["text"] and
              open(old, "rb").read() == b"the previous content" and
              leftovers(work, "old") == ["old"],
              "a cancelled download: Cancelled, the old file untouched, no temporary file")
        r = tool.run("stream", BUCKET, "mid-upload", os.path.join(work, "s"), "--threshold",
                     MiB, "--part-size", MiB, "--cancel-at", 3 * MiB, *extra)
        check(r["rc"] == 1 and "was cancelled" in r["text"], "a cancelled stream")

    errors(tool, s3, work, mid)


def errors(tool, s3, work, mid):
    small = os.path.join(work, "small")
    # -- cancelled, failed and bad uploads: an error that says so, no object
    for cmd in ("upload", "upload-callback"):
        r = tool.run(cmd, mid, BUCKET, "cancelled", "--threshold", 5 * MiB, "--part-size",
                     5 * MiB, "--concurrency", 1, "--cancel-at", 10 * MiB)
        check(r["rc"] == 1 and "was cancelled" in r["text"] and
              not object_exists(s3, "cancelled"),
              cmd + " cancelled after 2 parts: Cancelled, no object")
    trunc = os.path.join(work, "trunc")
    shutil.copy(mid, trunc)
    r = tool.run("upload", trunc, BUCKET, "truncated", "--threshold", 5 * MiB, "--part-size",
                 5 * MiB, "--concurrency", 1, "--truncate-at", 5 * MiB)
    check(r["rc"] == 1 and "became shorter during the upload" in r["text"] and
          not object_exists(s3, "truncated"),
          "a file cut short mid-upload: a clear error, no object")
    gone = os.path.join(work, "gone")
    shutil.copy(mid, gone)
    r = tool.run("upload", gone, BUCKET, "gone", "--threshold", 5 * MiB, "--part-size", 5 * MiB,
                 "--concurrency", 1, "--unlink-at", 5 * MiB)
    check(r["rc"] == 0 and not os.path.exists(gone), "a file removed mid-upload: still read")
    uploaded_same(s3, "gone", mid, "the removed file's upload (from its open descriptor)")
    r = tool.run("upload", os.path.join(work, "nothing-here"), BUCKET, "x")
    check(r["rc"] == 1 and "cannot upload" in r["text"] and "No such file" in r["text"],
          "a missing file named in the error")
    for size, what in ((small, "PutObject"), (mid, "CreateMultipartUpload")):
        r = tool.run("upload", size, "no-such-bucket", "x", "--threshold", 5 * MiB)
        check(r["rc"] == 1 and "NoSuchBucket" in r["text"],
              "a missing bucket (%s): NoSuchBucket" % what)
    r = tool.run("download", "no-such-bucket", "x", os.path.join(work, "nb"))
    check(r["rc"] == 1 and "no such object or bucket" in r["text"] and
          leftovers(work, "nb") == [], "a download from a missing bucket: said, no file")
    r = tool.run("download", BUCKET, "no-such-key", os.path.join(work, "nk"))
    check(r["rc"] == 1 and "s3://%s/no-such-key" % BUCKET in r["text"] and
          leftovers(work, "nk") == [], "a missing key: named, no file")
    r = tool.run("download", BUCKET, "small", os.path.join(work, "no-dir", "f"))
    check(r["rc"] == 1 and "cannot create a file beside" in r["text"],
          "a download into a missing folder: said")
    fifo = os.path.join(work, "fifo")
    os.mkfifo(fifo)
    r = tool.run("download", BUCKET, "small", fifo)
    check(r["rc"] == 1 and "is not a regular file" in r["text"] and
          stat.S_ISFIFO(os.stat(fifo).st_mode) and leftovers(work, "fifo") == ["fifo"],
          "a download to a FIFO: refused, the FIFO still there, no temporary file")
    os.unlink(fifo)
    r = tool.run("upload", small, BUCKET, "x", "--checksum", "CRC33")
    check(r["rc"] == 1 and "unsupported checksum algorithm" in r["text"],
          "an unknown checksum algorithm: named")

    # -- copies: CopyObject below the copy threshold; s3rver has no UploadPartCopy
    r = tool.run("copy", BUCKET, "mid-upload", BUCKET, "copied")
    check(r["rc"] == 0, "copy below the copy threshold: CopyObject")
    uploaded_same(s3, "copied", mid, "the copy")
    r = tool.run("copy", BUCKET, "mid-upload", BUCKET, "copied-mp", "--copy-threshold", 5 * MiB,
                 "--part-size", 5 * MiB)
    check(r["rc"] == 1 and "NotImplemented" in r["text"] and
          not object_exists(s3, "copied-mp"),
          "multipart copy above the threshold: UploadPartCopy sent (s3rver: NotImplemented), "
          "no object")
    r = tool.run("copy", BUCKET, "no-such-key", BUCKET, "c2")
    check(r["rc"] == 1 and "the copy source s3://%s/no-such-key: no such object" % BUCKET
          in r["text"], "a copy from a missing key: the source named")
    r = tool.run("copy", "no-such-bucket", "x", BUCKET, "c3")
    check(r["rc"] == 1 and "the copy source s3://no-such-bucket/x: no such object or bucket"
          in r["text"], "a copy from a missing bucket: the source named")

    # -- through a proxy that gives s3rver UploadPartCopy and records aborts
    from copy_proxy import CopyProxy
    size = os.path.getsize(mid)
    with CopyProxy(tool.url) as proxy:
        via = Tool(tool.exe, proxy.url, tool.env, tool.valgrind)
        for max_parts in (10000, 2):
            key = "copied-mp-%d" % max_parts
            want = ChunksizeAdjuster(max_parts=max_parts).adjust_chunksize(5 * MiB, size)
            nparts = math.ceil(size / want)
            del proxy.copies[:]
            r = via.run("copy", BUCKET, "mid-upload", BUCKET, key, "--copy-threshold", 5 * MiB,
                        "--part-size", 5 * MiB, "--max-parts", max_parts, "--concurrency", 3)
            ranges = sorted((n, rng) for _, rng, n in proxy.copies)
            expect = [(i + 1, "bytes=%d-%d" % (i * want, min(size, (i + 1) * want) - 1))
                      for i in range(nparts)]
            check(r["rc"] == 0 and ranges == expect,
                  "multipart copy, max %d parts: UploadPartCopy of %d ranges of %d "
                  "(s3transfer's part size)" % (max_parts, nparts, want))
            uploaded_same(s3, key, mid, "the multipart copy")
            h = s3.head_object(Bucket=BUCKET, Key=key)
            check(h["ContentType"] == "application/x-awsc-test" and
                  h["Metadata"] == {"origin": "transfer_tool"},
                  "the multipart copy keeps the source's content type and metadata")
        for what, args in (("cancelled", ["--cancel-at", 5 * MiB]),
                           ("failed", ["--checksum", "SHA1", "--truncate-at", 5 * MiB])):
            src = os.path.join(work, "abort-src")
            shutil.copy(mid, src)
            del proxy.aborted[:]
            r = via.run("upload", src, BUCKET, "aborted", "--threshold", 5 * MiB,
                        "--part-size", 5 * MiB, "--concurrency", 1, *args)
            check(r["rc"] == 1 and len(proxy.aborted) == 1 and
                  not object_exists(s3, "aborted"),
                  "an upload %s mid-way: AbortMultipartUpload sent (%s), no object"
                  % (what, proxy.aborted))


def run_big(tool, s3, work):
    """1 GiB both ways, single-part and multipart, byte-identical; a killed download."""
    gib = os.path.join(work, "gib")
    make_file(gib, 1024 * MiB, seed=9)
    digest = sha256_file(gib)
    for mode, opts in (("single-part", ["--threshold", 2048 * MiB]),
                       ("multipart", ["--part-size", 8 * MiB, "--concurrency", 10])):
        key = "gib-" + mode
        r = tool.run("upload", gib, BUCKET, key, *opts, timeout=1200)
        check(r["rc"] == 0 and sha256_object(s3, key) == digest,
              "1 GiB upload, %s: byte-identical (peak %s KiB)" % (mode, r.get("peak_rss_kib")))
        out = os.path.join(work, "out")
        for cmd in ("download", "stream"):
            r = tool.run(cmd, BUCKET, key, out, *opts, timeout=1200)
            check(r["rc"] == 0 and sha256_file(out) == digest,
                  "1 GiB %s, %s: byte-identical (peak %s KiB)" % (cmd, mode,
                                                                 r.get("peak_rss_kib")))
            os.unlink(out)
        if mode == "multipart":
            # killed at half way: nothing at the name, only the temporary file
            r = tool.run("download", BUCKET, key, out, *opts, "--kill-at", 512 * MiB,
                         timeout=1200)
            left = leftovers(work, "out")
            check(r["rc"] == -9 and "out" not in left and all(".awsc-" in f for f in left),
                  "1 GiB download, SIGKILL at 512 MiB: no file at the name, only %s" % left)
            for f in left:
                os.unlink(os.path.join(work, f))
        s3.delete_object(Bucket=BUCKET, Key=key)


if __name__ == "__main__":
    sys.exit(main())
