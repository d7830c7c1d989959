#!/usr/bin/python3
"""The differential test against botocore for the operations skip.txt leaves
out because of boolean headers.

botocore 1.29.27 sends a boolean header member as Python's str(True):
"True"/"False". awsc sends "true"/"false", as botocore's protocol tests and
its later releases do. This runs tests/diff/botocore_diff.py over S3, S3
Control and CloudFront with botocore's header serializer writing booleans in
lower case, and with the operations skipped for that reason put back: then
every request, signature included, must be the same. WriteGetObjectResponse
also gets a RequestRoute that is a host label (awsc refuses any other; the
random ones botocore turns into odd URLs).

usage: s3_diff.py PATH/request_dump [--inputs N]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "diff"))

import botocore.serialize  # noqa: E402

import botocore_diff as bd  # noqa: E402

REASON = "a boolean header"


def lower_case_booleans():
    convert = botocore.serialize.BaseRestSerializer._convert_header_value

    def patched(self, shape, value):
        if shape.type_name == "boolean":
            return "true" if value else "false"
        return convert(self, shape, value)

    botocore.serialize.BaseRestSerializer._convert_header_value = patched


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dump = sys.argv[1]
    inputs = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--inputs" else "5"
    lower_case_booleans()
    bd.LABEL_MEMBERS.add("RequestRoute")
    load_list = bd.load_list

    def without_boolean_skips(name):
        items = load_list(name)
        if name == "skip.txt":
            back = [k for k, reason in items.items() if REASON in reason or "boolean" in reason]
            print("put back: " + ", ".join(sorted(back)))
            items = {k: v for k, v in items.items() if k not in back}
        return items

    bd.load_list = without_boolean_skips
    compiled = bd.subprocess.run([dump, "--list"], capture_output=True, text=True,
                                 check=True).stdout.split()
    services = [s for s in ("s3", "s3control", "cloudfront") if s in compiled]
    sys.argv = [sys.argv[0], "--dump", dump, "--services", ",".join(services),
                "--inputs", inputs]
    return bd.main()


if __name__ == "__main__":
    sys.exit(main())
