#!/usr/bin/python3
"""In a build without libcurl (-Dcurl=disabled): none of the given
programs and shared libraries loads libcurl (ldd), and none of them nor
of the given static libraries needs a curl_ symbol (nm -u). Fails
naming the file and what it found.

usage: no_libcurl.py FILE...
"""
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    failures = []
    for path in sys.argv[1:]:
        static = path.endswith(".a")
        curl, libs = [], []
        if not static:
            ldd = subprocess.run(["ldd", path], capture_output=True, text=True)
            if ldd.returncode != 0:
                failures.append(f"{path}: ldd failed: {ldd.stderr.strip()}")
                continue
            curl = [l.strip() for l in ldd.stdout.splitlines() if "libcurl" in l]
            if curl:
                failures.append(f"{path} loads libcurl: {curl}")
            libs = [l.split()[0] for l in ldd.stdout.splitlines() if "=>" in l]
        nm = subprocess.run(["nm", "-u"] + ([] if static else ["-D"]) + [path], capture_output=True,
                            text=True)
        if nm.returncode != 0:
            failures.append(f"{path}: nm failed: {nm.stderr.strip()}")
            continue
        syms = sorted({l.split()[-1] for l in nm.stdout.splitlines()
                       if l.split() and l.split()[-1].startswith("curl_")})
        if syms:
            failures.append(f"{path} references libcurl's symbols: {syms[:5]}")
        if not curl and not syms:
            print(f"{path}: no libcurl" + ("" if static else f" among {len(libs)} libraries"))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
