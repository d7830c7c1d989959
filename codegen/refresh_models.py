#!/usr/bin/env python3
"""Refresh models/ from a botocore data folder.

Usage: refresh_models.py BOTOCORE_DATA_DIR [MODELS_DIR]

For every service, the newest API version that has a service-2 model is
taken, as botocore's loader does. service-2, paginators-1, waiters-2 and
endpoint-rule-set-1 are copied; a <type>.sdk-extras.json sidecar is merged
into its model the way botocore merges it (a deep merge of its "merge" key).
Files may be plain .json or gzip-compressed .json.gz. examples-1 files are
left out. The partitions, retry and default-configuration files are copied
from the top of the data folder.
"""
import gzip
import json
import os
import shutil
import sys

TYPES = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")
TOP_FILES = ("partitions", "_retry", "sdk-default-configuration")


def find(path_no_ext):
    for ext in (".json", ".json.gz"):
        if os.path.exists(path_no_ext + ext):
            return path_no_ext + ext
    return None


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def deep_merge(base, extra):
    for key, value in extra.items():
        if key in base and isinstance(base[key], dict) and isinstance(value, dict):
            deep_merge(base[key], value)
        else:
            base[key] = value


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")


def refresh(src, dst):
    if not os.path.isdir(src):
        sys.exit(f"refresh_models: {src} is not a folder")
    services = 0
    for name in sorted(os.listdir(src)):
        sdir = os.path.join(src, name)
        if not os.path.isdir(sdir):
            continue
        versions = sorted(v for v in os.listdir(sdir) if find(os.path.join(sdir, v, "service-2")))
        if not versions:
            continue
        version = versions[-1]
        out = os.path.join(dst, name, version)
        if os.path.isdir(os.path.join(dst, name)):
            shutil.rmtree(os.path.join(dst, name))
        os.makedirs(out)
        for kind in TYPES:
            path = find(os.path.join(sdir, version, kind))
            if path is None:
                continue
            data = load(path)
            extras = find(os.path.join(sdir, version, kind + ".sdk-extras"))
            if extras is not None:
                extra = load(extras)
                if "merge" in extra:
                    deep_merge(data, extra["merge"])
            write_json(os.path.join(out, kind + ".json"), data)
        services += 1
    for top in TOP_FILES:
        path = find(os.path.join(src, top))
        if path is None:
            sys.exit(f"refresh_models: {src} has no {top}.json")
        write_json(os.path.join(dst, top + ".json"), load(path))
    print(f"refresh_models: {services} services written to {dst}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    refresh(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else os.path.join(here, "..", "models"))
