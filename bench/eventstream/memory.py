#!/usr/bin/python3
"""A long event stream (Bedrock ConverseStream, N contentBlockDelta events
from the local event-stream server, tests/eventstream/server.py): awsc's
events per second and peak resident set size after 1000 events and at the
end, beside botocore reading the same stream from the same server in the
same run (botocore 1.43.67's source when BOTOCORE_SRC is given, else
Debian's botocore with this repository's models).

usage: memory.py EVENTS_MEMORY [N] [BOTOCORE_SRC]
"""
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "tests", "servers"))
import servers  # noqa: E402

BOTOCORE = r"""
import resource, sys, time
import botocore.session
s = botocore.session.get_session()
c = s.create_client("bedrock-runtime", region_name="us-east-1", endpoint_url=sys.argv[1],
                    aws_access_key_id="a", aws_secret_access_key="b")
t0 = time.monotonic()
r = c.converse_stream(modelId=sys.argv[2], messages=[{"role": "user", "content": [{"text": "count"}]}])
n = nbytes = rss1000 = 0
for ev in r["stream"]:
    n += 1
    if n == 1000:
        rss1000 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    d = ev.get("contentBlockDelta")
    if d:
        nbytes += len(d["delta"]["text"])
print("events %d text_bytes %d seconds %.3f rss_kb_1000 %d rss_kb_end %d" % (
    n, nbytes, time.monotonic() - t0, rss1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
"""


def parse(out):
    return {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+)", out)}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    prog = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    botocore_src = sys.argv[3] if len(sys.argv) > 3 else ""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="a", AWS_SECRET_ACCESS_KEY="b", AWS_DEFAULT_REGION="us-east-1",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    with servers.start("eventstream") as server:
        env["AWS_ENDPOINT_URL"] = server.url
        r = subprocess.run([prog, f"long-{n}"], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"events_memory failed: {r.stderr}")
        a = parse(r.stdout)
        benv = dict(env, AWS_DATA_PATH=os.path.abspath(os.path.join(ROOT, "models")))
        peer = "botocore (Debian)"
        if botocore_src and os.path.isdir(botocore_src):
            benv["PYTHONPATH"] = botocore_src
            peer = "botocore 1.43.67"
        r = subprocess.run([sys.executable, "-c", BOTOCORE, server.url, f"long-{n}"], env=benv,
                           capture_output=True, text=True)
        b = parse(r.stdout) if r.returncode == 0 else None
    for name, f in (("awsc", a), (peer, b)):
        if not f:
            print(f"{name:>18}: failed: {r.stderr[-500:]}")
            continue
        print(f"{name:>18}: {int(f['events'])} events in {f['seconds']:.2f} s "
              f"({f['events'] / f['seconds']:,.0f} events/s); peak RSS {int(f['rss_kb_1000'])} KiB "
              f"after 1000 events, {int(f['rss_kb_end'])} KiB at the end")
    if a["events"] != n or (b and b["events"] != n):
        sys.exit("FAIL: not every event arrived")
    return 0


if __name__ == "__main__":
    sys.exit(main())
