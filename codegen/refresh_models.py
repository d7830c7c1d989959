#!/usr/bin/env python3
"""Refresh models/ from a botocore data folder, and everything made from it.

Usage: refresh_models.py BOTOCORE_DATA_DIR [MODELS_DIR]

For every service, the newest API version that has a service-2 model is
taken, as botocore's loader does. service-2, paginators-1, waiters-2 and
endpoint-rule-set-1 are copied; a <type>.sdk-extras.json sidecar is merged
into its model the way botocore merges it (a deep merge of its "merge" key).
Files may be plain .json or gzip-compressed .json.gz. examples-1 files are
left out. The partitions, retry and default-configuration files are copied
from the top of the data folder. Of the legacy endpoint data
(endpoints.json) only what awsc reads is kept, in partition-endpoints.json:
the partition endpoint of each service of the first partition, the region
botocore's clients of that service use when none is configured. (The whole
file is not copied: botocore, run with AWS_DATA_PATH=models, would take it
for custom endpoint data.) Services that are no longer in the data
folder are removed.

models/SOURCE.json records where the models came from: botocore's version
(from the package's __init__.py beside the data folder) and, when the
folder is in a git checkout, its commit.

When MODELS_DIR is the project's own models/, the tables made from it are
regenerated too: runtime/endpoint/partitions.c and the committed
generated/ code of the default services.
"""
import gzip
import json
import os
import re
import shutil
import subprocess
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


def partition_endpoints(endpoints):
    """What botocore's EndpointResolver uses when a client has no region:
    {"partition": first partition, "services": {endpoint prefix:
    partitionEndpoint}}."""
    first = endpoints["partitions"][0]
    services = {name: data["partitionEndpoint"]
                for name, data in sorted(first.get("services", {}).items())
                if isinstance(data.get("partitionEndpoint"), str)}
    return {"partition": first["partition"], "services": services}


def source_of(src):
    """botocore's version and git commit for a data folder, where known."""
    out = {}
    init = os.path.join(src, "..", "__init__.py")
    if os.path.exists(init):
        m = re.search(r"__version__ = ['\"]([^'\"]+)", open(init, encoding="utf-8").read())
        if m:
            out["botocore_version"] = m.group(1)
    try:
        commit = subprocess.run(["git", "-C", src, "rev-parse", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        out["botocore_commit"] = commit
    except (OSError, subprocess.CalledProcessError):
        pass
    return out


def refresh(src, dst):
    if not os.path.isdir(src):
        sys.exit(f"refresh_models: {src} is not a folder")
    services = 0
    kept = set()
    for name in sorted(os.listdir(src)):
        sdir = os.path.join(src, name)
        if not os.path.isdir(sdir):
            continue
        versions = sorted(v for v in os.listdir(sdir) if find(os.path.join(sdir, v, "service-2")))
        if not versions:
            continue
        version = versions[-1]
        kept.add(name)
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
    path = find(os.path.join(src, "endpoints"))
    if path is None:
        sys.exit(f"refresh_models: {src} has no endpoints.json")
    write_json(os.path.join(dst, "partition-endpoints.json"), partition_endpoints(load(path)))
    removed = [n for n in sorted(os.listdir(dst))
               if os.path.isdir(os.path.join(dst, n)) and n not in kept]
    for name in removed:
        shutil.rmtree(os.path.join(dst, name))
    source = source_of(src)
    source["services"] = services
    write_json(os.path.join(dst, "SOURCE.json"), source)
    print(f"refresh_models: {services} services written to {dst}"
          + (f", {len(removed)} removed ({', '.join(removed)})" if removed else ""))


def regenerate(root):
    """The tables made from the project's models/: partitions and generated/."""
    py = sys.executable
    codegen = os.path.join(root, "codegen")
    models = os.path.join(root, "models")
    subprocess.run([py, os.path.join(codegen, "endpoints.py"), "partitions", "--models", models,
                    "--out", os.path.join(root, "runtime", "endpoint", "partitions.c")],
                   check=True)
    subprocess.run([py, os.path.join(codegen, "generate.py"), "default", "--models", models,
                    "--outdir", os.path.join(root, "generated")], check=True)
    print("refresh_models: runtime/endpoint/partitions.c and generated/ regenerated")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    own = os.path.join(root, "models")
    dst = sys.argv[2] if len(sys.argv) == 3 else own
    refresh(sys.argv[1], dst)
    if os.path.realpath(dst) == os.path.realpath(own):
        regenerate(root)
