#!/usr/bin/python3
"""Responses with nulls in sparse lists and maps, parsed by awsc and by
botocore: the same values, the nulls kept where the model says the list or
map is sparse.

For every operation of the compiled json and rest-json services whose
output reaches a sparse shape, random outputs (nulls in the sparse lists
and maps) are written as the service would send them; request_dump parses
each with awsc and prints the result with member names, botocore's parser
parses the same body. Both are compared as JSON values (blobs base64,
timestamps epoch seconds).

usage: sparse_output.py --dump PATH/request_dump --botocore DIR [--inputs N]
"""
import argparse
import base64
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import botocore_diff as bd  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def reaches_sparse(shape, seen=None):
    seen = set() if seen is None else seen
    if shape.name in seen:
        return False
    seen.add(shape.name)
    if shape.type_name in ("list", "map") and shape._shape_model.get("sparse"):
        return True
    if shape.type_name == "structure":
        return any(reaches_sparse(m, seen) for m in shape.members.values())
    if shape.type_name == "list":
        return reaches_sparse(shape.member, seen)
    if shape.type_name == "map":
        return reaches_sparse(shape.value, seen)
    return False


class OutputMaker(bd.InputMaker):
    """Random outputs: nulls in sparse lists and maps, of any item type
    botocore's parser takes a null of."""

    def null_or(self, container, item, depth):
        if container._shape_model.get("sparse") and \
                item.type_name not in ("blob", "timestamp") and self.rng.random() < 0.4:
            return None
        return self.value(item, depth + 1)

    def structure(self, shape, depth):
        out = super().structure(shape, depth)
        # a response body carries body members only
        return {k: v for k, v in out.items()
                if shape.members[k].serialization.get("location") is None}


def wire(shape, value):
    """The JSON a service sends for value."""
    if value is None:
        return None
    t = shape.type_name
    if t == "structure":
        if shape._shape_model.get("document"):
            return value
        return {shape.members[k].serialization.get("name", k): wire(shape.members[k], v)
                for k, v in value.items()}
    if t == "list":
        return [wire(shape.member, v) for v in value]
    if t == "map":
        return {k: wire(shape.value, v) for k, v in value.items()}
    if t == "blob":
        return base64.b64encode(value).decode()
    if t == "timestamp":
        return int(value.timestamp())
    return value


def plain(v):
    """botocore's parsed output as JSON values."""
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items() if k != "ResponseMetadata"}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return base64.b64encode(v).decode()
    if isinstance(v, datetime.datetime):
        return int(v.timestamp())
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--botocore", default="")
    ap.add_argument("--inputs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20231114)
    args = ap.parse_args()
    if not args.botocore or not os.path.isfile(os.path.join(args.botocore, "botocore",
                                                            "__init__.py")):
        print(f"SKIP: no botocore source at {args.botocore or '(none given)'}")
        return bd.SKIP
    bd.load_botocore(os.path.abspath(args.botocore),
                     os.path.abspath(os.path.join(HERE, "..", "..", "models")))
    import botocore.parsers
    import botocore.session
    session = botocore.session.get_session()
    compiled = exe_wrapper.run([args.dump, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    compared = failed = nulls = 0
    for svc in compiled:
        model = session.get_service_model(svc)
        protocol = model.resolved_protocol
        if protocol not in ("json", "rest-json"):
            continue
        ops = [model.operation_model(n) for n in model.operation_names]
        ops = [op for op in ops if op.output_shape is not None and reaches_sparse(op.output_shape)
               and not op.has_event_stream_output and not op.has_streaming_output]
        if not ops:
            continue
        maker = OutputMaker(random.Random(f"{args.seed}:{svc}"))
        inputs = bd.InputMaker(random.Random(f"{args.seed}:{svc}:input"))
        lines, cases = [], []
        for op in ops:
            for i in range(args.inputs):
                maker.variant = i % 3
                out = maker.structure(op.output_shape, 0)
                body = json.dumps(wire(op.output_shape, out)).encode()
                nulls += b"null" in body
                params = inputs.structure(op.input_shape, 0) if op.input_shape else {}
                lines.append(f"{svc}\t{op.name}\t{json.dumps(bd.cli_json(params))}\t"
                             f"{base64.b64encode(body).decode()}\n")
                parser = botocore.parsers.create_parser(protocol)
                theirs = parser.parse({"body": body, "headers": {}, "status_code": 200},
                                      op.output_shape)
                cases.append((op.name, body, plain(theirs)))
        run = exe_wrapper.run([args.dump, "--region", "us-east-1", "--endpoint-url",
                              "https://awsc-diff.example.com", "--access-key", "AKID",
                              "--secret-key", "secret", "--time", "1678806566",
                              "--invocation-id", bd.INVOCATION_ID],
                              input="".join(lines), capture_output=True, text=True, check=True)
        for (name, body, theirs), line in zip(cases, run.stdout.splitlines()):
            ours = json.loads(line)
            compared += 1
            got = ours.get("output")
            if got != theirs:
                failed += 1
                print(f"DIFF {svc}.{name}\n  body: {body[:400]!r}\n  awsc: {json.dumps(got)[:400]}"
                      f"\n  botocore: {json.dumps(theirs)[:400]}\n  {ours.get('error', '')}")
    if not compared:
        print("SKIP: no compiled json or rest-json service has an output with a sparse list or "
              "map (connectcases, iotsitewise and rds-data have; the all-services sweep builds them)")
        return bd.SKIP
    print(f"sparse outputs: {compared} responses compared ({nulls} with nulls), {failed} differ")
    print(f"{compared - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
