#!/usr/bin/python3
"""runtime/endpoint/partitions.c must be what codegen/endpoints.py makes
from models/partitions.json now.

usage: fresh_partitions.py SOURCE_ROOT
"""
import filecmp
import os
import subprocess
import sys
import tempfile

root = sys.argv[1]
committed = os.path.join(root, "runtime", "endpoint", "partitions.c")
with tempfile.TemporaryDirectory() as tmp:
    made = os.path.join(tmp, "partitions.c")
    subprocess.run([sys.executable, os.path.join(root, "codegen", "endpoints.py"), "partitions",
                    "--models", os.path.join(root, "models"), "--out", made], check=True)
    if not filecmp.cmp(made, committed, shallow=False):
        print("runtime/endpoint/partitions.c is stale; run: /usr/bin/python3 "
              "codegen/endpoints.py partitions --models models --out "
              "runtime/endpoint/partitions.c")
        print("0 passed, 1 failed")
        sys.exit(1)
print("runtime/endpoint/partitions.c is up to date")
print("1 passed, 0 failed")
