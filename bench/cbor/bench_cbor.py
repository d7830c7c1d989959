#!/usr/bin/python3
"""Runs bench_cbor and prints the code sizes beside its speeds: the text
of awsc's CBOR codec (runtime/protocol/cbor.c, as this build compiled it)
and of the same walker built over libcbor, plus libcbor's shared library
(Debian ships no static one).

usage: bench_cbor.py BENCH_CBOR BUILD_DIR LIBCBOR_LIBDIR
"""
import os
import subprocess
import sys


def text_size(path):
    out = subprocess.run(["size", path], capture_output=True, text=True, check=True).stdout
    return int(out.splitlines()[1].split()[0])


def find(top, suffix):
    """Object files under top whose names end with suffix (meson names the
    one built from another folder's source ".._.._runtime_...", hidden from
    glob)."""
    return [os.path.join(d, f) for d, _, files in os.walk(top) for f in files
            if f.endswith(suffix)]


def main():
    bench, build, libdir = sys.argv[1:4]
    subprocess.run([bench], check=True)
    own = find(os.path.join(build, "runtime"), "protocol_cbor.c.o")
    over = find(os.path.join(build, "bench", "cbor"), "protocol_cbor.c.o")
    lib = os.path.realpath(os.path.join(libdir, "libcbor.so"))
    if own and over:
        print(f"code, text bytes                       {text_size(own[0]):12,}   "
              f"{text_size(over[0]):12,} + {text_size(lib):,} ({os.path.basename(lib)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
