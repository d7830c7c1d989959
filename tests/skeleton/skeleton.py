#!/usr/bin/python3
"""--generate-cli-skeleton (tools/cli/skeleton.c) beside botocore's
ArgumentGenerator, which the AWS CLI uses, on the repository's models.

    skeleton.py PROGRAM MODELS BOTOCORE_SRC

PROGRAM is skeleton_dump. botocore is imported from BOTOCORE_SRC (the
models' release); without it the test skips, saying so. The
input skeleton's enums take their first value (the AWS CLI picks one at
random: random.choice is fixed to the first here). Texts are compared as
the AWS CLI prints them: json.dump(indent=4), datetimes as isoformat().
"""
import datetime
import json
import os
import random
import subprocess
import sys


def encode(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(repr(value))


def main():
    program, models, src = sys.argv[1:4]
    if not os.path.isdir(os.path.join(src, "botocore")):
        print("SKIP: no botocore source at %s (meson option botocore_src): the "
              "skeletons are compared with that release's ArgumentGenerator" % src)
        return 77
    sys.path.insert(0, src)
    os.environ["AWS_DATA_PATH"] = models
    import botocore
    import botocore.session
    from botocore.utils import ArgumentGenerator

    random.choice = lambda seq: seq[0]
    session = botocore.session.get_session()
    out = subprocess.run([program], capture_output=True, text=True, check=True)
    same = differ = 0
    models_cache = {}
    for line in out.stdout.splitlines():
        case = json.loads(line)
        svc = case["service"]
        if svc not in models_cache:
            models_cache[svc] = session.get_service_model(svc)
        op = models_cache[svc].operation_model(case["operation"])
        for kind, shape, names in (("input", op.input_shape, False),
                                   ("output", op.output_shape, True)):
            want = {}
            if shape is not None:
                want = ArgumentGenerator(use_member_names=names).generate_skeleton(shape)
            text = json.dumps(want, indent=4, default=encode)
            if text == case[kind]:
                same += 1
                continue
            differ += 1
            if differ <= 10:
                print("DIFFERENT: %s %s %s\n--- botocore\n%s\n--- awsc\n%s"
                      % (svc, case["operation"], kind, text, case[kind]))
    print("skeletons: %d/%d as botocore %s's ArgumentGenerator makes them, %d differ"
          % (same, same + differ, botocore.__version__, differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
