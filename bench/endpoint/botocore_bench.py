#!/usr/bin/python3
"""botocore's endpoint resolver timed on the parameters bench_endpoint
uses: prints "name ns-per-resolve" lines, and "version X".

usage: botocore_bench.py MODELS_DIR [BOTOCORE_SRC]

BOTOCORE_SRC is a botocore source checkout of the models' release (run on
MODELS_DIR); without it (or when it is absent) the installed botocore.
"""
import glob
import json
import os
import sys
import timeit

models = os.path.abspath(sys.argv[1])
if len(sys.argv) > 2 and os.path.isfile(os.path.join(sys.argv[2], "botocore", "__init__.py")):
    sys.path.insert(0, sys.argv[2])
os.environ["AWS_DATA_PATH"] = models

import botocore  # noqa: E402
from botocore.endpoint_provider import EndpointProvider  # noqa: E402

print("version %s" % botocore.__version__)
with open(os.path.join(models, "partitions.json"), encoding="utf-8") as f:
    partitions = json.load(f)
with open(glob.glob(os.path.join(models, "s3", "*", "endpoint-rule-set-1.json"))[0],
          encoding="utf-8") as f:
    ruleset = json.load(f)
provider = EndpointProvider(ruleset, partitions)
params = {"Region": "us-west-2", "UseFIPS": False, "UseDualStack": False, "Accelerate": False,
          "ForcePathStyle": False, "UseArnRegion": True, "UseGlobalEndpoint": False,
          "DisableMultiRegionAccessPoints": False, "Bucket": "my-bucket-name"}
ap = dict(params, Bucket="arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint")


def per_call(fn, seconds=0.4):
    n, t = 1, 0.0
    while t < seconds:
        n *= 4
        t = timeit.timeit(fn, number=n)
    return t / n * 1e9


# the rules walk, without the lru_cache (botocore 1.43.67 caches
# _resolve_endpoint, older ones resolve_endpoint)
_cached_fn = getattr(EndpointProvider, "_resolve_endpoint", EndpointProvider.resolve_endpoint)
uncached = _cached_fn.__wrapped__
print("cached %.0f" % per_call(lambda: provider.resolve_endpoint(**params)))

# A client's resolver: binding the parameters of GetObject from its input
# and the client's builtins, then the provider (cached)
os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "secret")
import botocore.session  # noqa: E402

client = botocore.session.get_session().create_client("s3", region_name="us-west-2")
resolver = client._ruleset_resolver
op = client.meta.service_model.operation_model("GetObject")
args = {"Bucket": "my-bucket-name", "Key": "k"}
print("cached-call %.0f" % per_call(lambda: resolver.construct_endpoint(op, args, {})))
print("uncached %.0f" % per_call(lambda: uncached(provider, **params)))
print("uncached-ap %.0f" % per_call(lambda: uncached(provider, **ap)))
