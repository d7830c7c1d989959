#!/usr/bin/python3
"""Runs the SQS examples (aiobotocore's queue create/list/delete and its
producer/consumer, written the awsc way) against fauxqs, which speaks SQS's
JSON protocol. What they did is checked through fauxqs itself with plain
JSON requests, not through awsc.

usage: sqs_examples_test.py SQS_QUEUE SQS_PRODUCER SQS_CONSUMER SERVERS_PY
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    queue_exe, producer_exe, consumer_exe, servers_py = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    import servers

    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
               AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
               AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    failures = []
    passed = 0

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(what)

    def run(args, want_status=0):
        r = exe_wrapper.run(args, env=env, capture_output=True, text=True, timeout=120)
        print(f"$ {' '.join(os.path.basename(a) if i == 0 else a for i, a in enumerate(args))}"
              f"  (exit {r.returncode})\n{r.stdout}{r.stderr}", end="")
        check(r.returncode == want_status,
              f"{os.path.basename(args[0])}: exit status {r.returncode}, not {want_status}")
        return r.stdout

    with servers.start("fauxqs") as server:
        env["AWS_ENDPOINT_URL"] = server.url

        # (fauxqs keeps queues per region: the one of servers.json_rpc's
        # signature, us-east-1, is the examples' too)
        def sqs(action, **params):
            status, _, body = servers.json_rpc(server.port, "sqs", "application/x-amz-json-1.0",
                                               "AmazonSQS." + action, json.dumps(params))
            if status != 200:
                raise RuntimeError(f"fauxqs {action}: HTTP {status}: {body[:200]!r}")
            return json.loads(body or b"{}")

        # create, list, delete
        out = run([queue_exe, "awsc_example_queue"])
        check("Creating awsc_example_queue" in out, "sqs_queue did not say it creates the queue")
        listed = [line.strip() for line in out.splitlines() if line.startswith(" ")]
        check(any(u.endswith("/awsc_example_queue") for u in listed),
              f"sqs_queue did not list the queue it made: {listed}")
        check("Done" in out, "sqs_queue did not finish")
        left = sqs("ListQueues").get("QueueUrls", [])
        check(not any(u.endswith("/awsc_example_queue") for u in left),
              f"the queue is still there: {left}")

        # a queue that does not exist: the modeled error, status 1
        out = run([producer_exe, "no_such_queue", "1", "0"], want_status=1)
        check("Queue no_such_queue does not exist" in out,
              "sqs_producer did not recognize the missing queue")
        out = run([consumer_exe, "no_such_queue"], want_status=1)
        check("Queue no_such_queue does not exist" in out,
              "sqs_consumer did not recognize the missing queue")

        # producer, then consumer, on a queue made without awsc
        url = sqs("CreateQueue", QueueName="test_queue12")["QueueUrl"]
        out = run([producer_exe, "test_queue12", "7", "50"])
        pushed = [line for line in out.splitlines() if line.startswith("Pushed")]
        check(pushed == [f'Pushed "Message #{i}" to queue' for i in range(1, 8)],
              f"sqs_producer pushed {pushed}")
        attrs = sqs("GetQueueAttributes", QueueUrl=url,
                    AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]
        check(attrs.get("ApproximateNumberOfMessages") == "7",
              f"fauxqs holds {attrs.get('ApproximateNumberOfMessages')} messages, not 7")
        out = run([consumer_exe, "test_queue12"])
        got = sorted(line for line in out.splitlines() if line.startswith("Got msg"))
        check(got == sorted(f'Got msg "Message #{i}"' for i in range(1, 8)),
              f"sqs_consumer got {got}")
        attrs = sqs("GetQueueAttributes", QueueUrl=url,
                    AttributeNames=["ApproximateNumberOfMessages",
                                    "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
        check(attrs.get("ApproximateNumberOfMessages") == "0" and
              attrs.get("ApproximateNumberOfMessagesNotVisible") == "0",
              f"messages left after the consumer deleted them: {attrs}")
        sqs("DeleteQueue", QueueUrl=url)

    for f in failures:
        print("FAIL " + f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
