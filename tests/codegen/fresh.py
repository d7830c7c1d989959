#!/usr/bin/python3
"""generated/ must be exactly what the generator makes from models/ now.

usage: fresh.py SOURCE_ROOT
"""
import filecmp
import os
import subprocess
import sys
import tempfile

root = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(root, "codegen", "generate.py"), "default",
                    "--models", os.path.join(root, "models"), "--outdir", tmp], check=True)
    committed = os.path.join(root, "generated")
    stale = []
    for sub in ("include/awsc", "src", "runtime", "runtime/awsc"):
        want = {f for f in os.listdir(os.path.join(tmp, sub))
                if os.path.isfile(os.path.join(tmp, sub, f))}
        have = {f for f in os.listdir(os.path.join(committed, sub))
                if os.path.isfile(os.path.join(committed, sub, f))}
        stale += [f"{sub}/{f}: missing from generated/" for f in sorted(want - have)]
        stale += [f"{sub}/{f}: not made by the generator" for f in sorted(have - want)]
        for f in sorted(want & have):
            if not filecmp.cmp(os.path.join(tmp, sub, f), os.path.join(committed, sub, f),
                               shallow=False):
                stale.append(f"{sub}/{f}: differs")
    if stale:
        print("generated/ is stale; run: /usr/bin/python3 codegen/generate.py default "
              "--models models --outdir generated")
        for s in stale:
            print("  " + s)
        print("0 passed, 1 failed")
        sys.exit(1)
print("generated/ is up to date")
print("1 passed, 0 failed")
