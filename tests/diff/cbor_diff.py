#!/usr/bin/python3
"""Differential test of rpc-v2-cbor requests: awsc against botocore 1.43.67.

For every operation of the compiled services that awsc builds for
smithy-rpc-v2-cbor, random valid inputs (botocore_diff.py's InputMaker,
seeded) are serialized and signed by botocore, forced to the same protocol
as its own protocol tests force it, and by awsc's request_dump. Method,
URL and headers are compared as botocore_diff.py compares them; the bodies
as CBOR: their decoded values must be equal, and so must their encodings
item by item up to the order of map entries (every head as wide, every
length definite or not, every float as precise as botocore's), which is
what "canonical where botocore's is" means here.

botocore 1.43.67 is not Debian's: its source folder is an option
(--botocore-src, default ../shared/botocore-src beside the repository); the
test reports SKIP when it is absent, or when no compiled service is built
for rpc-v2-cbor (configure with -Dprotocols=SERVICE=smithy-rpc-v2-cbor, or
build partnercentral-revenue-measurement, which offers nothing else).

usage: cbor_diff.py --dump PATH/request_dump [--botocore-src DIR] [--models DIR]
                    [--services a,b] [--seed N] [--inputs N] [--show N]
"""
import argparse
import base64
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CBOR = "smithy-rpc-v2-cbor"
SKIP = 77  # meson's exit status for a skipped test


def load_botocore(src, models):
    """Imports botocore from src, with the repository's models, and
    botocore_diff.py on top of it."""
    sys.path.insert(0, src)
    os.environ["AWS_DATA_PATH"] = models
    import botocore
    import botocore.auth
    import botocore.model

    # force rpc-v2-cbor wherever a model offers it, as botocore's own
    # protocol tests choose the protocol
    original = botocore.model.ServiceModel.__dict__["resolved_protocol"]

    def resolved_protocol(self):
        if CBOR in (self.metadata.get("protocols") or []):
            return CBOR
        return original.__get__(self, type(self))

    botocore.model.ServiceModel.resolved_protocol = property(resolved_protocol)
    sys.path.insert(0, HERE)
    sys.path.insert(0, os.path.join(REPO, "tests", "protocol"))
    import botocore_diff
    # this botocore reads its clock through get_current_datetime, in its
    # own signer and in the CRT's (which signs when awscrt is installed)
    def fixed_now(remove_tzinfo=True):
        t = botocore_diff.FIXED_TIME
        return t if remove_tzinfo else t.replace(tzinfo=datetime.timezone.utc)

    botocore.auth.get_current_datetime = fixed_now
    try:
        import botocore.crt.auth
        botocore.crt.auth.get_current_datetime = fixed_now
    except ImportError:
        pass
    return botocore, botocore_diff


def cbor_problems(cbor_items, ours, theirs):
    """The body differences, as a list of lines."""
    if not ours and not theirs:
        return []
    if not ours or not theirs:
        return [f"body: awsc {ours[:60].hex()} botocore {theirs[:60].hex()}"]
    try:
        o_val, t_val = cbor_items.decode(ours), cbor_items.decode(theirs)
    except ValueError as e:
        return [f"body is not CBOR: {e}: awsc {ours[:80].hex()} botocore {theirs[:80].hex()}"]
    if o_val != t_val:
        return [f"body values differ:\n    awsc     {cbor_items.diagnostic(ours)}\n"
                f"    botocore {cbor_items.diagnostic(theirs)}"]
    if cbor_items.normal_form(ours) != cbor_items.normal_form(theirs):
        return [f"body encodings differ (same values):\n    awsc     {ours[:120].hex()}\n"
                f"    botocore {theirs[:120].hex()}"]
    return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True, help="the request_dump program")
    ap.add_argument("--botocore-src", default=os.path.join(os.path.dirname(REPO), "shared",
                                                           "botocore-src"),
                    help="botocore 1.43.67's source folder (the one holding botocore/)")
    ap.add_argument("--models", default=os.path.join(REPO, "models"))
    ap.add_argument("--services", default="", help="comma-separated; default: all compiled")
    ap.add_argument("--seed", type=int, default=20231114)
    ap.add_argument("--inputs", type=int, default=1, help="random inputs per operation")
    ap.add_argument("--show", type=int, default=10, help="differences to print in full")
    args = ap.parse_args()

    if not os.path.isdir(os.path.join(args.botocore_src, "botocore")):
        print(f"SKIP: no botocore source in {args.botocore_src} (--botocore-src)")
        return SKIP
    botocore, bd = load_botocore(args.botocore_src, args.models)
    import botocore.session
    from botocore.config import Config
    import cbor_items

    compiled = exe_wrapper.run([args.dump, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    services = [s for s in args.services.split(",") if s] or compiled
    missing = [s for s in services if s not in compiled]
    if missing:
        sys.exit(f"cbor_diff: not compiled into {args.dump}: {', '.join(missing)}")

    ignored = bd.load_list("ignored-headers.txt")
    session = botocore.session.get_session()
    cfg = Config(retries={"mode": "standard", "max_attempts": 3},
                 parameter_validation=True, user_agent="awsc-diff")
    print(f"botocore {botocore.__version__} from {args.botocore_src}")
    shown = failed = skipped = compared = 0
    per_service = []
    for svc in services:
        model = session.get_service_model(svc)
        if CBOR not in (model.metadata.get("protocols") or []):
            continue
        client = session.create_client(
            svc, region_name=bd.REGION, endpoint_url=bd.ENDPOINT,
            aws_access_key_id=bd.ACCESS_KEY, aws_secret_access_key=bd.SECRET_KEY,
            aws_session_token=bd.SESSION_TOKEN, config=cfg)
        rng = random.Random(f"{args.seed}:{svc}")
        maker = bd.InputMaker(rng)
        cases = []
        for op_name in model.operation_names:
            op = model.operation_model(op_name)
            for _ in range(args.inputs):
                params = maker.structure(op.input_shape, 0) if op.input_shape else {}
                try:
                    theirs = bd.botocore_request(client, op_name, params)
                except Exception as e:  # botocore refused the input
                    theirs = {"error": f"{type(e).__name__}: {e}"}
                cases.append((op_name, params, theirs))
        lines = "".join(f"{svc}\t{op}\t{json.dumps(bd.cli_json(p))}\n" for op, p, _ in cases)
        run = exe_wrapper.run([args.dump, "--region", bd.REGION, "--endpoint-url", bd.ENDPOINT,
                              "--access-key", bd.ACCESS_KEY, "--secret-key", bd.SECRET_KEY,
                              "--session-token", bd.SESSION_TOKEN,
                              "--time", str(int(bd.FIXED_TIME.replace(
                                  tzinfo=datetime.timezone.utc).timestamp())),
                              "--invocation-id", bd.INVOCATION_ID],
                              input=lines, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr[-2000:])
            sys.exit(f"cbor_diff: request_dump failed for {svc}")
        outs = [json.loads(x) for x in run.stdout.splitlines()]
        if len(outs) != len(cases):
            sys.exit(f"cbor_diff: {svc}: {len(cases)} inputs but {len(outs)} results")
        if not any(o.get("headers", {}).get("smithy-protocol") == "rpc-v2-cbor" for o in outs):
            print(f"note: {svc} is not built for {CBOR} here; left out")
            continue
        n = bad = 0
        for (op_name, params, theirs), ours in zip(cases, outs):
            if "error" in theirs:
                skipped += 1
                if shown < args.show:
                    print(f"SKIP {svc}.{op_name}: botocore refused the input: "
                          f"{theirs['error'][:200]}")
                continue
            compared += 1
            n += 1
            if "error" in ours:
                diffs = [f"awsc failed: {ours['error']}"]
            else:
                obody = base64.b64decode(ours["body"])
                # method, URL and headers as botocore_diff compares them
                diffs = bd.compare(CBOR, dict(ours, body=base64.b64encode(theirs["body"]).decode()),
                                   theirs, ignored)
                diffs += cbor_problems(cbor_items, obody, theirs["body"])
            if diffs:
                failed += 1
                bad += 1
                if shown < args.show:
                    shown += 1
                    print(f"DIFF {svc}.{op_name}")
                    print("  input: " + json.dumps(bd.to_jsonable(params))[:600])
                    for d in diffs:
                        print("  " + d)
        per_service.append((svc, len(model.operation_names), n, bad))
    if not per_service:
        print(f"SKIP: no compiled service is built for {CBOR} "
              f"(-Dprotocols=SERVICE={CBOR} chooses it)")
        return SKIP
    for svc, ops, n, bad in per_service:
        print(f"{svc}: {ops} operations, {n} requests compared, {bad} differ")
    print(f"{compared - failed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
