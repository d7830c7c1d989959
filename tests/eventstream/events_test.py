#!/usr/bin/python3
"""Event streams end to end: es_client (awsc, the libcurl transport)
against the local server (server.py), for S3 SelectObjectContent, Bedrock
ConverseStream and InvokeModelWithResponseStream, Lambda
InvokeWithResponseStream and Kinesis SubscribeToShard, each through the
scenarios of scenarios.py (a normal stream, an unknown event type, a
modeled exception, an error message, a corrupted prelude or message CRC, a
stream cut off inside a message or between two, an HTTP error, a missing
initial-response).

With botocore 1.43.67's source (--botocore-src; skipped, saying so, when
absent) botocore calls the same server for the same scenario, and the two
must agree event by event, on the output, and on the outcome. The
deliberate differences are those of differences.txt. Without it, each
outcome is still checked against what the framing specification requires.

Then: the event callback stopping a stream; 40 streams in flight at once
on one client's transport; memory over a long stream (peak RSS after 1000
events and after 100,000); and, with --valgrind, the failing scenarios
under valgrind (no leak, no error).

usage: events_test.py ES_CLIENT MODELS_DIR [--botocore-src DIR] [--valgrind VALGRIND]
                      [--long N] [--sanitized]

--sanitized: es_client is built with ASan, whose quarantine keeps freed
memory from being reused: the memory figures are not measured.
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import scenarios  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


class Server:
    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "server.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.url = f"http://127.0.0.1:{int(self.proc.stdout.readline())}"
        return self

    def __exit__(self, *exc):
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def run_awsc(client, url, op, scenario, *extra, wrap=()):
    service, operation, _ = scenarios.OPS[op]
    cmd = [*wrap, client, url, service, operation, json.dumps(scenarios.params(op, scenario)),
           *extra]
    r = exe_wrapper.run(cmd, capture_output=True, text=True, timeout=600)
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    return r, lines


def run_botocore(botocore_src, models, url, op, scenario):
    service, operation, _ = scenarios.OPS[op]
    req = {"service": service, "operation": operation, "params": scenarios.params(op, scenario)}
    env = dict(os.environ, PYTHONPATH=botocore_src, AWS_DATA_PATH=models,
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    for k in list(env):
        if k.startswith("AWS_ENDPOINT_URL") or k == "AWS_PROFILE":
            del env[k]
    r = subprocess.run([sys.executable, os.path.join(HERE, "botocore_oracle.py"), "call", url,
                        json.dumps(req)], capture_output=True, text=True, env=env, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"botocore_oracle: {r.stderr}")
    return [json.loads(x) for x in r.stdout.splitlines()]


def split(lines):
    events = [x["event"] for x in lines if "event" in x]
    output = next((x["output"] for x in lines if "output" in x), None)
    status = next((x for x in lines if "status" in x), None)
    return events, output, status


def load_model(models, service):
    path = sorted(glob.glob(os.path.join(models, service, "*", "service-2.json")))[-1]
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def exception_code(models, op, member):
    """The modeled error code of the stream member an :exception-type
    names (botocore reports the member name)."""
    service, operation, _ = scenarios.OPS[op]
    m = load_model(models, service)
    out = m["shapes"][m["operations"][operation]["output"]["shape"]]
    for mem in out["members"].values():
        stream = m["shapes"][mem["shape"]]
        if stream.get("eventstream") and member in stream["members"]:
            shape = stream["members"][member]["shape"]
            return m["shapes"][shape].get("error", {}).get("code", shape)
    return member


# What awsc must give for each scenario, from the framing specification
# and the model (checked with or without botocore).
EXPECTED = {
    "ok": "AWSC_OK", "unknown-event": "AWSC_OK", "exception": "AWSC_E_SERVICE",
    "exception-throttling": "AWSC_E_SERVICE", "error": "AWSC_E_SERVICE",
    "exception-as-event": "AWSC_OK",
    "bad-prelude-crc": "AWSC_E_CHECKSUM", "bad-message-crc": "AWSC_E_CHECKSUM",
    "cut-mid-frame": "AWSC_E_TRANSPORT", "ends-mid-frame": "AWSC_E_PARSE",
    "cut-between-frames": "AWSC_E_TRANSPORT", "http-error": "AWSC_E_SERVICE",
    "no-initial-response": "AWSC_E_PARSE", "empty": "AWSC_E_PARSE",
}

# botocore's outcome -> awsc's status
BOTOCORE = {
    "ok": "AWSC_OK",
    "EventStreamError": "AWSC_E_SERVICE",
    "ClientError": "AWSC_E_SERVICE",
    "ChecksumMismatch": "AWSC_E_CHECKSUM",
    "ResponseStreamingError": "AWSC_E_TRANSPORT",
    "ProtocolError": "AWSC_E_TRANSPORT",
    "IncompleteReadError": "AWSC_E_TRANSPORT",
    "ResponseParserError": "AWSC_E_PARSE",
}


DIFFERENCES = set()  # the IDs of differences.txt


def load_differences():
    with open(os.path.join(HERE, "differences.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                DIFFERENCES.add(line.split()[0])


def known(diff_id):
    check(diff_id in DIFFERENCES, f"the difference {diff_id} is not in differences.txt")


def compare(models, op, scenario, awsc, boto):
    label = f"{op} {scenario}"
    a_events, a_output, a_status = awsc
    b_events, b_output, b_status = boto
    check(a_events == b_events,
          f"{label}: events differ:\n  awsc     {a_events}\n  botocore {b_events}")
    if b_output is not None and a_status["status"] == "AWSC_OK":
        check(a_output == b_output, f"{label}: output awsc {a_output}, botocore {b_output}")
    bs = b_status["status"]
    if scenario == "ends-mid-frame":
        # botocore leaves the partial message unread
        known("ends-mid-frame")
        check(bs == "ok" and a_status["status"] == "AWSC_E_PARSE",
              f"{label}: botocore {bs}, awsc {a_status}")
        return
    # a modeled error is raised as its own class, any other ClientError as such
    want = BOTOCORE.get(bs, "AWSC_E_SERVICE" if b_status.get("code") else None)
    check(want == a_status["status"], f"{label}: botocore {b_status}, awsc {a_status}")
    if bs == "EventStreamError" and scenario.startswith("exception"):
        # botocore's code is the stream member's name; awsc's the modeled
        # error's code
        known("exception-code")
        check(a_status.get("code") == exception_code(models, op, b_status["code"]) and
              a_status.get("message") == b_status["message"],
              f"{label}: botocore {b_status}, awsc {a_status}")
    elif want == "AWSC_E_SERVICE":
        check(a_status.get("code") == b_status["code"] and
              a_status.get("message") == b_status["message"],
              f"{label}: botocore {b_status}, awsc {a_status}")


def test_scenarios(client, models, botocore_src, server):
    compared = 0
    for op, names in scenarios.SCENARIOS.items():
        for scenario in names:
            r, lines = run_awsc(client, server.url, op, scenario)
            label = f"{op} {scenario}"
            if not check(r.returncode == 0, f"{label}: es_client exited {r.returncode}: "
                                            f"{r.stderr[-2000:]}"):
                continue
            awsc = split(lines)
            st = awsc[2]
            check(st["status"] == EXPECTED[scenario], f"{label}: awsc gives {st}, "
                                                      f"{EXPECTED[scenario]} expected")
            if st["status"] != "AWSC_OK":
                check(st.get("message"), f"{label}: no message")
            if scenario == "ok":
                check(st["events"] > 0 and st["request_id"] == "es-request-1",
                      f"{label}: {st}")
            if scenario in ("exception", "exception-throttling") or \
                    scenario.startswith("exception") and scenario != "exception-as-event":
                check(st.get("shape") and st.get("members") is not None,
                      f"{label}: the modeled error's struct is missing: {st}")
            if "crc" in scenario:
                check("CRC32" in st.get("message", ""), f"{label}: {st}")
            boto = ""
            if botocore_src:
                b = split(run_botocore(botocore_src, models, server.url, op, scenario))
                compare(models, op, scenario, awsc, b)
                compared += 1
                boto = f"; botocore: {b[2]['status']} after {len(b[0])} events"
            print(f"{label}: {st['status']} after {st['events']} events"
                  + (f" ({st.get('code')}: {st.get('message')})" if st["status"] != "AWSC_OK"
                     else "") + boto)
    if botocore_src:
        print(f"{compared} scenarios compared with botocore, event by event")


def test_stop(client, server):
    for op in scenarios.OPS:
        r, lines = run_awsc(client, server.url, op, "ok", "--stop-after", "2")
        _, output, st = split(lines)
        check(r.returncode == 0 and st["status"] == "AWSC_E_CANCELLED" and st["events"] == 2
              and output is None and "stopped" in st.get("message", ""),
              f"{op}: the callback stops after 2 events: {st} {r.stderr[-500:]}")
    print("stop: each operation's stream stopped by its callback after 2 events")


def test_async(client, server, n=40):
    for op in ("converse", "kinesis", "s3-select"):
        r, ref = run_awsc(client, server.url, op, "slow")
        want, want_out, _ = split(ref)
        r, lines = run_awsc(client, server.url, op, "slow", "--async", str(n))
        check(r.returncode == 0, f"{op}: {n} async streams: es_client exited {r.returncode}: "
                                 f"{r.stderr[-1000:]}")
        for i in range(n):
            got, out, st = split([x for x in lines if x.get("call") == i])
            check(st is not None and st["status"] == "AWSC_OK" and got == want and out == want_out,
                  f"{op}: async call {i}: {st}, {len(got)} events")
        # the events of the calls were interleaved: the streams were in flight together
        order = [x["call"] for x in lines if "event" in x]
        switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
        check(switches > n, f"{op}: the {n} streams did not overlap ({switches} switches)")
        print(f"async: {n} {op} streams at once on one client, {len(want)} events each, "
              f"{switches} switches between streams")


def test_memory(client, server, count):
    for op in ("converse", "s3-select", "kinesis"):
        r, lines = run_awsc(client, server.url, op, f"long-{count}", "--count-only", "--rss")
        _, _, st = split(lines)
        if not check(r.returncode == 0 and st and st["status"] == "AWSC_OK" and
                     st["events"] == count, f"{op} long-{count}: {st} {r.stderr[-500:]}"):
            continue
        grew = st["rss_kb_end"] - st["rss_kb_1000"]
        print(f"memory: {op}, {count} events: peak RSS {st['rss_kb_1000']} KiB after 1000 "
              f"events, {st['rss_kb_end']} KiB after {count} (+{grew} KiB)")
        check(grew < 1024, f"{op}: memory grew by {grew} KiB over {count} events")


def test_valgrind(client, server, valgrind):
    wrap = [valgrind, "--quiet", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect,possible",
            "--show-leak-kinds=definite,indirect,possible"]
    cases = [("converse", "exception"), ("converse", "bad-prelude-crc"),
             ("converse", "bad-message-crc"), ("lambda", "cut-mid-frame"),
             ("s3-select", "ends-mid-frame"), ("kinesis", "cut-between-frames"),
             ("kinesis", "no-initial-response"), ("s3-select", "error"),
             ("invoke-model", "http-error"), ("lambda", "ok")]
    for op, scenario in cases:
        r, lines = run_awsc(client, server.url, op, scenario, wrap=wrap)
        check(r.returncode == 0, f"valgrind {op} {scenario}: exit {r.returncode}\n"
                                 f"{r.stderr[-3000:]}")
    r, lines = run_awsc(client, server.url, "converse", "ok", "--stop-after", "1", wrap=wrap)
    check(r.returncode == 0, f"valgrind converse stop: exit {r.returncode}\n{r.stderr[-3000:]}")
    r, lines = run_awsc(client, server.url, "converse", "slow", "--async", "8", wrap=wrap)
    check(r.returncode == 0, f"valgrind converse async: exit {r.returncode}\n{r.stderr[-3000:]}")
    print(f"valgrind: {len(cases) + 2} runs (errors, cut-offs, stop, async) clean")


def main():
    args = sys.argv[1:]
    opts = {}
    sanitized = "--sanitized" in args
    args = [a for a in args if a != "--sanitized"]
    for flag in ("--botocore-src", "--valgrind", "--long"):
        if flag in args:
            i = args.index(flag)
            opts[flag] = args[i + 1]
            del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    client, models = args
    load_differences()
    botocore_src = opts.get("--botocore-src")
    if botocore_src and not os.path.exists(os.path.join(botocore_src, "botocore",
                                                        "eventstream.py")):
        print(f"SKIP the comparison with botocore: no botocore source at {botocore_src} "
              "(-Dbotocore_src); each outcome is checked against the specification only")
        botocore_src = None
    with Server() as server:
        test_scenarios(client, models, botocore_src, server)
        test_stop(client, server)
        test_async(client, server)
        if sanitized:
            print("SKIP the memory figures: ASan's quarantine keeps freed memory from being "
                  "reused, so the RSS of this build says nothing of awsc's")
        else:
            test_memory(client, server, int(opts.get("--long", "100000")))
        if opts.get("--valgrind"):
            test_valgrind(client, server, opts["--valgrind"])
    print("FAILED" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
