#!/usr/bin/python3
"""Operations authorized with a bearer token (smithy.api#httpBearerAuth,
e.g. every CodeCatalyst operation): with a token, Authorization: Bearer
and no SigV4 (botocore's requests are compared by botocore_diff.py, which
gives both SDKs the same token); without one, a clear AWSC_E_CREDENTIALS
naming the missing token, as botocore raises NoAuthTokenError.

usage: bearer_test.py PATH/request_dump
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

SKIP = 77
LINE = "codecatalyst\tListSpaces\t{}\n"


def dump(tool, *extra):
    run = exe_wrapper.run([tool, "--region", "us-west-2", "--access-key", "AKID", "--secret-key",
                          "secret", "--time", "1678806566", "--invocation-id", "x", *extra],
                          input=LINE, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def main():
    tool = sys.argv[1]
    listed = exe_wrapper.run([tool, "--list"], capture_output=True, text=True,
                             check=True).stdout.split()
    if "codecatalyst" not in listed:
        print("SKIP: codecatalyst (the service with bearer-token operations) is not compiled in")
        return SKIP
    failures = 0
    with_token = dump(tool, "--bearer-token", "tok-123")
    headers = {k.lower(): v for k, v in with_token.get("headers", {}).items()}
    ok = headers.get("authorization") == "Bearer tok-123" and "x-amz-date" not in headers
    print(f"{'ok' if ok else 'FAIL'} with a token: {headers.get('authorization')!r}")
    failures += not ok
    without = dump(tool)
    error = without.get("error", "")
    ok = "bearer token" in error and "CodeCatalyst.ListSpaces" in error
    print(f"{'ok' if ok else 'FAIL'} without a token: {error!r}")
    failures += not ok
    print(f"{2 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
