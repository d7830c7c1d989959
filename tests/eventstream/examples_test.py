#!/usr/bin/python3
"""Runs examples/bedrock_converse_stream and examples/s3_select against the
local event-stream server (servers.py kind "eventstream"), the endpoint
given the usual way (AWS_ENDPOINT_URL): what they print is what the server
streamed (scenarios.py), and a failing stream ends them with the service's
error. The awsc tool prints each event of converse-stream as it arrives,
and the stream's exception as the AWS CLI prints errors.

usage: examples_test.py BEDROCK_CONVERSE_STREAM S3_SELECT SERVERS_PY AWSC_TOOL
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    converse, select, servers_py, tool = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    import servers

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
               AWS_DEFAULT_REGION="us-west-2", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    failures = []

    def run(cmd):
        r = exe_wrapper.run(cmd, env=env, capture_output=True, timeout=120)
        print(f"$ {' '.join(cmd[1:]) or os.path.basename(cmd[0])}  -> exit {r.returncode}")
        print(r.stdout.decode(errors="replace") + r.stderr.decode(errors="replace"))
        return r

    def want(cond, what):
        if not cond:
            failures.append(what)

    with servers.start("eventstream") as server:
        env["AWS_ENDPOINT_URL"] = server.url
        # the model's answer as it streamed, then the stop reason and usage
        r = run([converse])
        out = r.stdout.decode()
        want(r.returncode == 0, f"bedrock_converse_stream exited {r.returncode}")
        want(out == "[assistant]\nHello, w\u00f6rld!\nstop reason: end_turn\n"
                    "tokens: 3 in, 4 out; 4 pieces in 42 ms\n",
             f"bedrock_converse_stream printed {out!r}")
        # a modeled exception in the middle of the stream
        r = run([converse, "exception"])
        want(r.returncode == 1 and b"ModelStreamErrorException: The model failed" in r.stderr,
             "bedrock_converse_stream did not report the stream's exception")
        # the records, a record split across two events, the statistics, End
        r = run([select, "survey", "cities.csv", "SELECT s.name, s.city FROM S3Object s"])
        want(r.returncode == 0, f"s3_select exited {r.returncode}")
        want(r.stdout == "Cy,Lima\nAnn,Z\u00fcrich\nBob,Oslo\n".encode(),
             f"s3_select printed {r.stdout!r}")
        err = r.stderr.decode()
        for line in ("progress: 512 bytes scanned",
                     "stats: 1024 bytes scanned, 1024 processed, 264 returned",
                     "end: 29 bytes of records"):
            want(line in err, f"no {line!r} from s3_select")
        # a stream that ends inside a message
        r = run([select, "survey", "ends-mid-frame"])
        want(r.returncode == 1 and b"ended inside the message" in r.stderr,
             "s3_select did not report the stream cut short")
        # the tool: one JSON object per event, as boto3 yields them
        messages = '[{"role": "user", "content": [{"text": "hi"}]}]'
        r = run([tool, "bedrock-runtime", "converse-stream", "--model-id", "m",
                 "--messages", messages])
        text = r.stdout.decode()
        want(r.returncode == 0 and text.count('"contentBlockDelta": {') == 4 and
             '"stopReason": "end_turn"' in text, "awsc converse-stream printed the wrong events")
        r = run([tool, "bedrock-runtime", "converse-stream", "--model-id", "exception",
                 "--messages", messages])
        want(r.returncode == 254 and
             b"An error occurred (ModelStreamErrorException) when calling the ConverseStream "
             b"operation: The model failed" in r.stderr,
             "awsc converse-stream did not report the stream's exception as the CLI does")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
