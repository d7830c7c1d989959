#!/usr/bin/python3
"""The suites of one of botocore's legacy protocol files whose outputs are
event streams (botocore's "RPC JSON Event Stream" and "REST XML Event
Stream"), as a suite file of their own for codegen/protocol_tests.py and
tests/protocol/check.py (with an apiVersion in their metadata, which
they lack and the generator wants).

usage: legacy_suites.py LEGACY_FILE.json OUT.json
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        suites = json.load(f)
    keep = [s for s in suites
            if any(sh.get("eventstream") for sh in s.get("shapes", {}).values())]
    for s in keep:
        # the legacy suites' metadata has no apiVersion, which the
        # generator prints in the header
        s["metadata"].setdefault("apiVersion", "2000-01-01")
    if not keep:
        sys.exit(f"{sys.argv[1]}: no event-stream suite")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(keep, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
