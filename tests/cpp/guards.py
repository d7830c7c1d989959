#!/usr/bin/python3
"""The public headers are ready for C++: every header of include/awsc/ and
generated/include/awsc/ that declares anything wraps its declarations in
extern "C" (#ifdef __cplusplus), the service header template too, and the
C++ test includes every header of include/awsc/ (the names given).

usage: guards.py SOURCE_ROOT HEADER_NAME...
"""
import os
import re
import sys

OPEN = re.compile(r'#ifdef __cplusplus\s*\nextern "C" \{\s*\n#endif')
CLOSE = re.compile(r'#ifdef __cplusplus\s*\n\}\s*\n#endif')
DECLARES = re.compile(r"^\s*(AWSC_API|struct\s+\w+\s*[{;]|enum\s+\w+\s*\{|typedef)\b", re.M)


def check(path, text, failures):
    if not DECLARES.search(text):
        return
    if not OPEN.search(text) or not CLOSE.search(text):
        failures.append(f"{path}: declarations without an extern \"C\" block")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root, compiled = sys.argv[1], set(sys.argv[2:])
    failures = []
    count = 0
    for folder in ("include/awsc", "generated/include/awsc"):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if not name.endswith((".h", ".h.in")):
                continue
            path = os.path.join(folder, name)
            with open(os.path.join(root, path), encoding="utf-8") as f:
                check(path, f.read(), failures)
            count += 1
            header = name[:-3] if name.endswith(".h.in") else name
            if folder == "include/awsc" and header not in compiled:
                failures.append(f"{path}: not among the headers the C++ test compiles")
    template = os.path.join(root, "codegen", "templates", "service.h.j2")
    with open(template, encoding="utf-8") as f:
        check("codegen/templates/service.h.j2", f.read() + "\nAWSC_API", failures)
    for f in failures:
        print("FAIL " + f)
    print(f"{count} headers checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
