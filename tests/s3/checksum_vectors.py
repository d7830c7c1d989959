#!/usr/bin/python3
"""The flexible checksums awsc sends, against values from elsewhere:
Python's zlib and hashlib, the xxhash module (Debian's python3-xxhash, its
own build of the xxHash reference code), AWS CRT's CRC32C, and the
CRC64NVME of "Hello world" that AWS publishes in its SDKs' checksum test
vectors (and CRC-64/NVME's catalogue check value, in tests/unit). botocore
1.43.67 on Debian's awscrt 0.16.8 has no CRC64NVME or XXHASH, and no
botocore offers MD5, so botocore cannot be the oracle for those.

usage: checksum_vectors.py PATH/request_dump
"""
import base64
import hashlib
import json
import os
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

SKIP = 77
BODY = b"Hello world"
# aws-sdk checksum test vectors for "Hello world"
CRC64NVME_HELLO_WORLD = "OOJZ0D8xKts="


def b64(raw):
    return base64.b64encode(raw).decode()


def expected():
    try:
        import xxhash
    except ImportError:
        return None
    out = {
        "CRC32": b64(zlib.crc32(BODY).to_bytes(4, "big")),
        "SHA1": b64(hashlib.sha1(BODY).digest()),
        "SHA256": b64(hashlib.sha256(BODY).digest()),
        "SHA512": b64(hashlib.sha512(BODY).digest()),
        "MD5": b64(hashlib.md5(BODY).digest()),
        "CRC64NVME": CRC64NVME_HELLO_WORLD,
        "XXHASH64": b64(xxhash.xxh64(BODY).digest()),
        "XXHASH3": b64(xxhash.xxh3_64(BODY).digest()),
        "XXHASH128": b64(xxhash.xxh3_128(BODY).digest()),
    }
    try:
        from awscrt import checksums
        out["CRC32C"] = b64(checksums.crc32c(BODY).to_bytes(4, "big"))
    except ImportError:
        pass
    return out


def dump(tool, endpoint, lines):
    run = exe_wrapper.run([tool, "--region", "us-east-1", "--endpoint-url", endpoint,
                          "--access-key", "AKIDEXAMPLE", "--secret-key", "secret",
                          "--time", "1678806566", "--invocation-id",
                          "00000000-0000-4000-8000-000000000000"],
                          input="".join(lines), capture_output=True, text=True, check=True)
    return [json.loads(x) for x in run.stdout.splitlines()]


def header(req, name):
    for k, v in req.get("headers", {}).items():
        if k.lower() == name.lower():
            return v
    return None


def main():
    want = expected()
    if want is None:
        print("SKIP: no xxhash module (Debian's python3-xxhash)")
        return SKIP
    tool = sys.argv[1]
    failures = 0
    algs = sorted(want)
    body = b64(BODY)
    lines = [f"s3\tPutObject\t" + json.dumps({"Bucket": "b", "Key": "k", "Body": body,
                                              "ChecksumAlgorithm": a}) + "\n" for a in algs]
    # over http the checksum goes in a header
    for alg, req in zip(algs, dump(tool, "http://127.0.0.1:1", lines)):
        got = header(req, f"x-amz-checksum-{alg.lower()}")
        ok = got == want[alg] and header(req, "x-amz-sdk-checksum-algorithm") == alg
        print(f"{'ok' if ok else 'FAIL'} {alg} header: {got} (want {want[alg]})")
        failures += not ok
    # over https in the aws-chunked trailer
    for alg, req in zip(algs, dump(tool, "https://127.0.0.1:1", lines)):
        raw = base64.b64decode(req.get("body", ""))
        trailer = f"x-amz-checksum-{alg.lower()}:{want[alg]}\r\n\r\n".encode()
        ok = raw == b"%x\r\n" % len(BODY) + BODY + b"\r\n0\r\n" + trailer and \
            header(req, "x-amz-trailer") == f"x-amz-checksum-{alg.lower()}"
        print(f"{'ok' if ok else 'FAIL'} {alg} trailer: {raw!r}")
        failures += not ok
    print(f"{2 * len(algs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
