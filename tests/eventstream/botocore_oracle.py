#!/usr/bin/python3
"""botocore 1.43.67 as the oracle of the event-stream tests. Run with
PYTHONPATH=<botocore source> (and AWS_DATA_PATH=<models> for calls); the
tests start it so and compare its lines with awsc's.

  botocore_oracle.py frames FILE CHUNK
      botocore's EventStreamBuffer on the bytes of FILE, fed CHUNK bytes at
      a time: one JSON line per message {"message": {"headers": {name:
      value}, "payload": HEX, "total_length", "headers_length",
      "prelude_crc", "message_crc"}}, then {"status": "ok"} or
      {"status": EXCEPTION CLASS, "message": str(exception)}; "rest" says
      how many bytes were left over (botocore keeps a partial message
      without a word).

  botocore_oracle.py call URL REQUEST_JSON
      A botocore client (credentials and region made up, no retries) calls
      the operation {"service", "operation", "params"} at URL and iterates
      its event stream: {"output": {...}} (the response's other members),
      then {"event": {...}} per event, then {"status": "ok"} or
      {"status": EXCEPTION CLASS, "code", "message"}. Blobs are base64,
      timestamps epoch seconds.
"""
import base64
import datetime
import json
import sys


def emit(obj):
    sys.stdout.write(json.dumps(obj, sort_keys=True) + "\n")
    sys.stdout.flush()


def plain(v):
    if isinstance(v, (bytes, bytearray)):
        return base64.b64encode(bytes(v)).decode()
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=datetime.timezone.utc)
        return v.timestamp()
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return v


def frames(path, chunk):
    from botocore.eventstream import EventStreamBuffer
    data = open(path, "rb").read()
    buf = EventStreamBuffer()
    status = {"status": "ok"}
    try:
        step = chunk or max(len(data), 1)
        for i in range(0, max(len(data), 1), step):
            buf.add_data(data[i:i + step])
            for m in buf:
                headers = {k: ({"hex": bytes(v).hex()} if isinstance(v, (bytes, bytearray))
                               else v) for k, v in m.headers.items()}
                emit({"message": {"headers": headers, "payload": m.payload.hex(),
                                  "total_length": m.prelude.total_length,
                                  "headers_length": m.prelude.headers_length,
                                  "prelude_crc": m.prelude.crc, "message_crc": m.crc}})
    except Exception as e:  # the class is what the test compares
        status = {"status": type(e).__name__, "message": str(e)}
    status["rest"] = len(buf._data)
    emit(status)


def call(url, request):
    import botocore.session
    from botocore.config import Config
    session = botocore.session.get_session()
    client = session.create_client(
        request["service"], region_name="us-east-1", endpoint_url=url,
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret",
        config=Config(retries={"max_attempts": 1, "mode": "standard"},
                      s3={"addressing_style": "path"}, read_timeout=30))
    op = client.meta.service_model.operation_model(request["operation"])
    method = getattr(client, botocore_name(request["operation"]))
    stream_member = None
    for name, shape in op.output_shape.members.items():
        if shape.serialization.get("eventstream"):
            stream_member = name
    try:
        resp = method(**request.get("params", {}))
        stream = resp.pop(stream_member)
        resp.pop("ResponseMetadata", None)
        emit({"output": plain(resp)})
        for event in stream:
            emit({"event": plain(event)})
        emit({"status": "ok"})
    except Exception as e:
        err = getattr(e, "response", {}).get("Error", {}) if hasattr(e, "response") else {}
        emit({"status": type(e).__name__, "code": err.get("Code"),
              "message": err.get("Message", str(e))})


def botocore_name(op):
    from botocore import xform_name
    return xform_name(op)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "frames":
        frames(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    elif len(sys.argv) == 4 and sys.argv[1] == "call":
        call(sys.argv[2], json.loads(sys.argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
