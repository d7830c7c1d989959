"""The event streams the local server (server.py) answers with, written by
hand from the services' documented events, and the requests that ask for
them. Shared by the server and the tests.

Each operation names its scenario in a request field (the S3 key, the
Bedrock model id, the Lambda function name, the Kinesis shard id). A
scenario is a list of steps: bytes to send as one HTTP chunk, a pause,
the end of the body (the chunked terminator), or a cut (the connection
closed with the body unfinished).
"""
import base64
import json

import evstream

OPS = {
    # op key: (service, operation, the request field that names the scenario)
    "s3-select": ("s3", "SelectObjectContent", "Key"),
    "converse": ("bedrock-runtime", "ConverseStream", "modelId"),
    "invoke-model": ("bedrock-runtime", "InvokeModelWithResponseStream", "modelId"),
    "lambda": ("lambda", "InvokeWithResponseStream", "FunctionName"),
    "kinesis": ("kinesis", "SubscribeToShard", "ShardId"),
}

COMMON = ["ok", "unknown-event", "exception", "error", "bad-prelude-crc", "bad-message-crc",
          "cut-mid-frame", "ends-mid-frame", "cut-between-frames", "http-error"]
# the scenarios each operation is tried with (S3 Select's stream models no
# exception)
SCENARIOS = {
    "s3-select": [s for s in COMMON if s != "exception"],
    "converse": COMMON + ["exception-throttling", "exception-as-event"],
    "invoke-model": COMMON,
    "lambda": [s for s in COMMON if s != "exception"],
    "kinesis": COMMON + ["no-initial-response", "empty", "exception-as-event"],
}


def params(op, scenario):
    """The request's parameters, as botocore takes them (and awsc's JSON
    reader with member names)."""
    if op == "s3-select":
        return {"Bucket": "es-bucket", "Key": scenario, "Expression": "SELECT * FROM S3Object s",
                "ExpressionType": "SQL", "InputSerialization": {"CSV": {}},
                "OutputSerialization": {"CSV": {}}}
    if op == "converse":
        return {"modelId": scenario,
                "messages": [{"role": "user", "content": [{"text": "Say hello"}]}]}
    if op == "invoke-model":
        return {"modelId": scenario, "body": "{\"prompt\": \"hello\"}",
                "contentType": "application/json"}
    if op == "lambda":
        return {"FunctionName": scenario, "Payload": "{}"}
    if op == "kinesis":
        return {"ConsumerARN": "arn:aws:kinesis:us-east-1:123456789012:stream/es/consumer/c:1",
                "ShardId": scenario, "StartingPosition": {"Type": "LATEST"}}
    raise KeyError(op)


# ------------------------------------------------------------------ events

def j(obj):
    return json.dumps(obj).encode()


def events(op, n=None):
    """The events of a normal stream: encoded messages."""
    if op == "s3-select":
        out = [evstream.event("Records", b"Cy,Lima\n", "application/octet-stream"),
               evstream.event("Progress", b"<Progress><BytesScanned>512</BytesScanned>"
                              b"<BytesProcessed>512</BytesProcessed><BytesReturned>8"
                              b"</BytesReturned></Progress>", "text/xml"),
               evstream.event("Cont"),
               evstream.event("Records", "Ann,Z\u00fcrich\nBo".encode(),
                              "application/octet-stream"),
               evstream.event("Records", b"b,Oslo\n", "application/octet-stream"),
               evstream.event("Stats", b"<Stats xmlns=\"\"><BytesScanned>1024</BytesScanned>"
                              b"<BytesProcessed>1024</BytesProcessed><BytesReturned>264"
                              b"</BytesReturned></Stats>", "text/xml"),
               evstream.event("End")]
    elif op == "converse":
        pad = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0"
        out = [evstream.event("messageStart", j({"p": pad[:5], "role": "assistant"}),
                              "application/json")]
        for i, word in enumerate(["Hel", "lo, ", "w\u00f6rld", "!"]):
            out.append(evstream.event("contentBlockDelta", j({
                "contentBlockIndex": 0, "delta": {"text": word}, "p": pad[:i + 1]}),
                "application/json"))
        out += [evstream.event("contentBlockStop", j({"contentBlockIndex": 0}), "application/json"),
                evstream.event("messageStop", j({"stopReason": "end_turn",
                                                 "additionalModelResponseFields": {"a": [1, 2.5]}}),
                               "application/json"),
                evstream.event("metadata", j({
                    "usage": {"inputTokens": 3, "outputTokens": 4, "totalTokens": 7},
                    "metrics": {"latencyMs": 42}}), "application/json")]
    elif op == "invoke-model":
        out = [evstream.event("chunk", j({"bytes": base64.b64encode(
            j({"completion": part, "index": i})).decode()}), "application/json")
            for i, part in enumerate(["Once", " upon", " a time"])]
    elif op == "lambda":
        out = [evstream.event("PayloadChunk", part, "application/octet-stream")
               for part in (b"{\"status\": ", b"\"ok\", \"bytes\": \"\x00\xff\"", b"}")]
        out.append(evstream.event("InvokeComplete", j({"LogResult": "U1RBUlQ="}),
                                  "application/json"))
    elif op == "kinesis":
        out = [evstream.event("initial-response", b"{}", "application/json")]
        for i in range(3):
            out.append(evstream.event("SubscribeToShardEvent", j({
                "Records": [{"SequenceNumber": f"4959{i}0", "PartitionKey": f"pk{i}",
                             "Data": base64.b64encode(b"record %d \x00" % i).decode(),
                             "ApproximateArrivalTimestamp": 1764900000.5 + i}],
                "ContinuationSequenceNumber": f"4959{i}0",
                "MillisBehindLatest": 1000 - i}), "application/json"))
    else:
        raise KeyError(op)
    return out


def long_events(op, n):
    """n small events of the operation's main kind (the memory test)."""
    one = {
        "s3-select": lambda i: evstream.event("Records", b"%d,row\n" % i,
                                              "application/octet-stream"),
        "converse": lambda i: evstream.event("contentBlockDelta", j({
            "contentBlockIndex": 0, "delta": {"text": "token %d " % i}}), "application/json"),
        "invoke-model": lambda i: evstream.event("chunk", j({"bytes": base64.b64encode(
            b"part %d" % i).decode()}), "application/json"),
        "lambda": lambda i: evstream.event("PayloadChunk", b"chunk %d\n" % i,
                                           "application/octet-stream"),
        "kinesis": lambda i: evstream.event("SubscribeToShardEvent", j({
            "Records": [], "ContinuationSequenceNumber": str(i), "MillisBehindLatest": 0}),
            "application/json"),
    }[op]
    first = [evstream.event("initial-response", b"{}")] if op == "kinesis" else []
    return first, one


def the_exception(op, scenario):
    if op == "converse" and scenario == "exception-throttling":
        return evstream.exception("throttlingException", j({"message": "Too many tokens"}))
    if op == "converse":
        return evstream.exception("modelStreamErrorException", j({
            "message": "The model failed", "originalStatusCode": 500,
            "originalMessage": "upstream broke"}))
    if op == "invoke-model":
        return evstream.exception("modelTimeoutException", j({"message": "The model timed out"}))
    if op == "kinesis":
        return evstream.exception("ResourceInUseException", j({
            "message": "Another subscription took over"}))
    raise KeyError(op)


def http_error(op):
    """status, headers, body of an error response."""
    if op == "s3-select":
        return 404, {"Content-Type": "application/xml"}, (
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
            b"<Message>The specified key does not exist.</Message><RequestId>R1</RequestId>"
            b"</Error>")
    if op in ("converse", "invoke-model"):
        return 400, {"Content-Type": "application/json",
                     "x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/"}, \
            j({"message": "The model id is not valid"})
    if op == "lambda":
        return 404, {"Content-Type": "application/json",
                     "x-amzn-ErrorType": "ResourceNotFoundException"}, \
            j({"Type": "User", "Message": "Function not found: http-error"})
    return 400, {"Content-Type": "application/x-amz-json-1.1"}, \
        j({"__type": "ResourceNotFoundException", "message": "Consumer not found"})


def response_headers(op):
    h = {"Content-Type": "application/vnd.amazon.eventstream",
         "x-amzn-RequestId": "es-request-1"}
    if op == "s3-select":
        h = {"Content-Type": "application/octet-stream", "x-amz-request-id": "es-request-1"}
    if op == "invoke-model":
        h["X-Amzn-Bedrock-Content-Type"] = "application/json"
    if op == "lambda":
        h["X-Amz-Executed-Version"] = "$LATEST"
    return h


def steps(op, scenario):
    """(status, headers, steps) for a scenario. A step is ("send", bytes),
    ("sleep", seconds), ("end",) or ("cut",)."""
    if scenario == "http-error":
        status, headers, body = http_error(op)
        return status, headers, [("send", body), ("end",)]
    headers = response_headers(op)
    if scenario.startswith("long-"):
        first, one = long_events(op, 0)
        n = int(scenario.split("-")[1])
        return 200, headers, [("long", first, one, n), ("end",)]
    ev = events(op)
    if scenario.startswith("slow"):
        out = []
        for e in ev:
            out += [("send", e), ("sleep", 0.02)]
        return 200, headers, out + [("end",)]
    initial = ev[:1] if op == "kinesis" else []
    body = ev[len(initial):]
    if scenario == "ok":
        frames = ev
    elif scenario == "unknown-event":
        frames = initial + body[:1] + [
            evstream.event("someFutureEvent", j({"novel": True}), "application/json")] + body[1:]
    elif scenario == "exception-as-event":
        # an exception's member named as an event's type, its body beside
        frames = initial + body[:1] + [evstream.event(
            "throttlingException" if op == "converse" else "ResourceInUseException",
            j({"message": "sent as an event"}), "application/json")] + body[1:]
    elif scenario.startswith("exception"):
        frames = initial + body[:2] + [the_exception(op, scenario)] + body[2:]
    elif scenario == "error":
        frames = initial + body[:2] + [evstream.error("InternalFailure",
                                                      "The stream failed, try again")]
    elif scenario == "bad-prelude-crc":
        frames = initial + body[:1] + [evstream.corrupt(body[1], 3)] + body[2:]
    elif scenario == "bad-message-crc":
        frames = initial + body[:1] + [evstream.corrupt(body[1], len(body[1]) - 6)] + body[2:]
    elif scenario == "cut-mid-frame":
        return 200, headers, [("send", b"".join(initial + body[:1])),
                              ("send", body[1][:len(body[1]) // 2]), ("cut",)]
    elif scenario == "ends-mid-frame":
        return 200, headers, [("send", b"".join(initial + body[:1])),
                              ("send", body[1][:len(body[1]) // 2]), ("end",)]
    elif scenario == "cut-between-frames":
        return 200, headers, [("send", b"".join(initial + body[:2])), ("cut",)]
    elif scenario == "no-initial-response":
        frames = body
    elif scenario == "empty":
        frames = []
    else:
        raise KeyError(scenario)
    # each message its own chunk, the first cut in two to cross a chunk
    out = []
    for i, f in enumerate(frames):
        if i == 0 and len(f) > 20:
            out += [("send", f[:13]), ("send", f[13:])]
        else:
            out.append(("send", f))
    return 200, headers, out + [("end",)]
