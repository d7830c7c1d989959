#!/usr/bin/env python3
"""runtime/crypto (whichever backend the build chose) against Python's
hashlib and hmac and the cryptography package: every hash one-shot and
streamed in pieces of several sizes, HMAC-SHA256 with keys shorter and
longer than a block, P-256 public keys and signatures (verified by
cryptography, scalars out of range refused), random bytes (distinct, and
distinct in a child after fork), and wiping.

usage: crypto_test.py CRYPTO_VECTORS_EXE
"""
import hashlib
import hmac
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils

N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551

failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print("FAIL:", what)


def main():
    exe = sys.argv[1]
    proc = subprocess.Popen(exe_wrapper.command([exe]), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(line):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().rstrip("\n")

    rng = random.Random(20261205)
    print("backend:", ask("backend"))

    # hashes: lengths around the block sizes (64 and 128), large ones
    lengths = [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 4096, 100003, 1 << 20]
    for alg in ("md5", "sha1", "sha256", "sha512"):
        for n in lengths:
            data = rng.randbytes(n)
            want = hashlib.new(alg, data).hexdigest()
            for chunk in (0, 1, 7, 64, 1000) if n <= 4096 else (0, 4093, 65536):
                if chunk == 1 and n > 1000:
                    continue
                got = ask(f"hash {alg} {chunk} {data.hex() or '-'}").split(" ")
                check(got == [want, want],
                      f"{alg} of {n} bytes (pieces of {chunk}): {got} != {want}")

    # HMAC-SHA256: keys of 0, 1, 32, 64 (a block), 65 and 200 bytes
    # (longer than a block: hashed first)
    for kn in (0, 1, 20, 32, 63, 64, 65, 131, 200):
        for n in (0, 1, 64, 200, 5000):
            key, data = rng.randbytes(kn), rng.randbytes(n)
            want = hmac.new(key, data, hashlib.sha256).hexdigest()
            got = ask(f"hmac {key.hex() or '-'} {data.hex() or '-'}")
            check(got == want, f"HMAC-SHA256 key {kn} data {n}: {got} != {want}")

    # P-256: random scalars and the edges of the range
    scalars = [rng.randrange(1, N) for _ in range(20)] + [1, 2, N - 1, N - 2]
    for d in scalars:
        digest = rng.randbytes(32)
        got = ask(f"p256 {d.to_bytes(32, 'big').hex()} {digest.hex()}").split(" ")
        key = ec.derive_private_key(d, ec.SECP256R1())
        pub = key.public_key().public_bytes(serialization.Encoding.X962,
                                            serialization.PublicFormat.UncompressedPoint)
        if len(got) != 2:
            check(False, f"P-256 scalar {d:x}: {got}")
            continue
        check(got[0] == pub.hex(), f"P-256 public key of {d:x}: {got[0]} != {pub.hex()}")
        try:
            key.public_key().verify(bytes.fromhex(got[1]), digest,
                                    ec.ECDSA(utils.Prehashed(hashes.SHA256())))
            check(True, "")
        except InvalidSignature:
            check(False, f"P-256 signature by {d:x} of {digest.hex()} does not verify")
        # a signature of another digest does not verify
        other = bytes([digest[0] ^ 1]) + digest[1:]
        try:
            key.public_key().verify(bytes.fromhex(got[1]), other,
                                    ec.ECDSA(utils.Prehashed(hashes.SHA256())))
            check(False, "a P-256 signature verifies for another digest")
        except InvalidSignature:
            check(True, "")
    for d in (0, N, N + 1, (1 << 256) - 1):
        got = ask(f"p256 {d.to_bytes(32, 'big').hex()} {'00' * 32}")
        # SEC 1: a private key is in [1, n - 1] (cryptography refuses 0 and
        # n, but reduces larger scalars modulo n)
        check(got == "refused", f"P-256 scalar {d:x} out of range: {got}")

    # random bytes: the length asked, all distinct, about half the bits set
    draws = [ask(f"random {n}") for n in (0, 1, 16, 16, 16, 1024, 1025, 5000)]
    check([len(x) // 2 for x in draws] == [0, 1, 16, 16, 16, 1024, 1025, 5000],
          f"random lengths: {[len(x) // 2 for x in draws]}")
    check(len(set(draws[2:])) == len(draws[2:]), "random draws repeat")
    bits = bin(int(draws[-1], 16)).count("1")
    check(0.45 < bits / 40000 < 0.55, f"5000 random bytes have {bits} bits of 40000 set")
    child, parent = (ask("fork").split(" ") + ["", ""])[:2]
    check(len(child) == 32 and len(parent) == 32 and child != parent,
          f"random bytes after fork: child {child}, parent {parent}")

    check(ask("wipe") == "ok", "secure zero")

    proc.stdin.close()
    check(proc.wait() == 0, "crypto_vectors exit status")
    print(f"{checks} checks, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
