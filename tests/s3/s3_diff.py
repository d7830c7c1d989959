#!/usr/bin/python3
"""The differential test against botocore for S3, S3 Control and
CloudFront, with the operation tests/diff/skip.txt leaves out put back:
WriteGetObjectResponse, whose RequestRoute here is a host label (awsc
refuses any other; botocore turns random ones into odd URLs). Every
request, signature included, must be the same.

usage: s3_diff.py PATH/request_dump --botocore DIR [--inputs N]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "diff"))

import botocore_diff as bd  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--botocore":
        sys.exit(__doc__)
    dump, src = sys.argv[1], sys.argv[3]
    inputs = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "--inputs" else "5"
    bd.LABEL_MEMBERS.add("RequestRoute")
    load_list = bd.load_list

    def with_write_get_object_response(name):
        items = load_list(name)
        if name == "skip.txt":
            items.pop("s3.WriteGetObjectResponse", None)
        return items

    bd.load_list = with_write_get_object_response
    compiled = exe_wrapper.run([dump, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    services = [s for s in ("s3", "s3control", "cloudfront") if s in compiled]
    sys.argv = [sys.argv[0], "--dump", dump, "--botocore", src, "--services",
                ",".join(services), "--inputs", inputs]
    return bd.main()


if __name__ == "__main__":
    sys.exit(main())
