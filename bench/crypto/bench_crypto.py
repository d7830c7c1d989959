#!/usr/bin/env python3
"""Runs bench_crypto once per crypto backend the build found and prints
their figures side by side, with botocore's SigV4Auth signing the same
DynamoDB GetItem in the same run (Python's hashlib, OpenSSL, for the
hashes, the cryptography package for ECDSA).

usage: bench_crypto.py BENCH_EXE...
"""
import hashlib
import hmac
import subprocess
import sys
import time

BODY = (b'{"TableName": "music", "Key": {"pk": {"S": "item42"}, '
        b'"sk": {"S": "2026-12-05T06:00:00Z"}}, "ConsistentRead": true}')
MIN_SECONDS = 0.4


def per_call(fn):
    n, t0 = 0, time.perf_counter()
    while True:
        for _ in range(100):
            fn()
        n += 100
        t = time.perf_counter() - t0
        if t >= MIN_SECONDS:
            return t / n


def python_figures():
    out = {}
    buf = bytes(range(256)) * 4096
    small = buf[:64]
    key = bytes([1, 2, 3]) + bytes(29)
    mb = len(buf) / 1e6
    out["SHA-256, 1 MiB buffers"] = mb / per_call(lambda: hashlib.sha256(buf).digest())
    out["SHA-256, 64-byte messages"] = per_call(lambda: hashlib.sha256(small).digest()) * 1e9
    out["HMAC-SHA256, 1 MiB buffers"] = mb / per_call(
        lambda: hmac.digest(key, buf, "sha256"))
    out["HMAC-SHA256, 64-byte messages"] = per_call(
        lambda: hmac.digest(key, small, "sha256")) * 1e9
    out["SHA-1, 1 MiB buffers"] = mb / per_call(lambda: hashlib.sha1(buf).digest())
    out["SHA-512, 1 MiB buffers"] = mb / per_call(lambda: hashlib.sha512(buf).digest())
    out["MD5, 1 MiB buffers"] = mb / per_call(lambda: hashlib.md5(buf).digest())
    try:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec, utils
        key = ec.generate_private_key(ec.SECP256R1())
        digest = hashlib.sha256(BODY).digest()
        algo = ec.ECDSA(utils.Prehashed(hashes.SHA256()))
        out["ECDSA P-256 signatures"] = 1 / per_call(lambda: key.sign(digest, algo))
    except ImportError:
        pass
    try:
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials
    except ImportError:
        return out, "Python hashlib"
    creds = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    signer = SigV4Auth(creds, "dynamodb", "us-east-1")

    def sign():
        req = AWSRequest(method="POST", url="https://dynamodb.us-east-1.amazonaws.com/",
                         data=BODY, headers={
                             "Content-Type": "application/x-amz-json-1.0",
                             "X-Amz-Target": "DynamoDB_20120810.GetItem",
                             "Content-Length": str(len(BODY)),
                             "User-Agent": "botocore"})
        signer.add_auth(req)

    # botocore derives the key on every signature
    out["SigV4 signing, key derived"] = per_call(sign) * 1e6
    import botocore
    return out, f"botocore {botocore.__version__}"


def main():
    columns = []
    for exe in sys.argv[1:]:
        lines = subprocess.run([exe], check=True, capture_output=True,
                               text=True).stdout.splitlines()
        rows = [line.split("\t") for line in lines]
        columns.append((rows[0][1], {r[0]: (float(r[1]), r[2]) for r in rows[1:]}))
        order = [r[0] for r in rows[1:]]
    py, py_name = python_figures()
    names = [name for name, _ in columns] + [py_name]
    width = max(len(n) for n in names) + 2
    labels = {m: f"{m} ({columns[0][1][m][1]})" for m in order}
    lw = max(len(x) for x in labels.values())
    print(f"{'':{lw}}" + "".join(f"{n:>{width}}" for n in names))
    for metric in order:
        cells = []
        for _, fig in columns:
            v = fig.get(metric, (None,))[0]
            cells.append("-" if v is None else f"{v:.2f}" if v < 10 else f"{v:.0f}")
        v = py.get(metric)
        cells.append("-" if v is None else f"{v:.2f}" if v < 10 else f"{v:.0f}")
        print(f"{labels[metric]:{lw}}" + "".join(f"{c:>{width}}" for c in cells))
    print("(MB/s: higher is better; ns, us: lower is better. The Python column is "
          "hashlib/hmac and cryptography (OpenSSL) and botocore's SigV4Auth with a new AWSRequest each time, "
          "as a client signs.)")


if __name__ == "__main__":
    main()
