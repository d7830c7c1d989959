#!/usr/bin/python3
"""A local server that answers event-stream operations with the streams of
scenarios.py: S3 SelectObjectContent, Bedrock ConverseStream and
InvokeModelWithResponseStream, Lambda InvokeWithResponseStream and Kinesis
SubscribeToShard. The scenario is named by the S3 key, the model id, the
function name or the shard id (see scenarios.py); "long-N" streams N
events and "slow" pauses between events; any other name (a real model id,
"data.csv") gets the normal stream, "ok".

Binds 127.0.0.1 on a free port, prints "PORT" on stdout, and serves until
its stdin closes (it never outlives the test that started it); with
--port P it serves on that port until it is killed (tests/servers/
servers.py starts it so, as the kind "eventstream"). Bodies go out chunked,
one step of the scenario at a time.

usage: server.py [--port P]
"""
import json
import os
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenarios  # noqa: E402

ROUTES = [
    (re.compile(r"^/[^/?]+/(?P<name>[^?]+)\?select&select-type=2$"), "s3-select"),
    (re.compile(r"^/model/(?P<name>[^/]+)/converse-stream$"), "converse"),
    (re.compile(r"^/model/(?P<name>[^/]+)/invoke-with-response-stream$"), "invoke-model"),
    (re.compile(r"^/2021-11-15/functions/(?P<name>[^/]+)/response-streaming-invocations"),
     "lambda"),
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        op = name = None
        for pattern, key in ROUTES:
            m = pattern.match(self.path)
            if m:
                op, name = key, unquote(m.group("name"))
        if self.headers.get("X-Amz-Target") == "Kinesis_20131202.SubscribeToShard":
            op, name = "kinesis", json.loads(body or b"{}").get("ShardId")
        if not op:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            status, headers, steps = scenarios.steps(op, name)
        except (KeyError, ValueError):
            status, headers, steps = scenarios.steps(op, "ok")
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            self.play(op, steps)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def chunk(self, data):
        if data:
            self.wfile.write(b"%x\r\n" % len(data) + data + b"\r\n")

    def play(self, op, steps):
        for step in steps:
            if step[0] == "send":
                self.chunk(step[1])
                self.wfile.flush()
            elif step[0] == "sleep":
                time.sleep(step[1])
            elif step[0] == "long":
                _, first, one, count = step
                self.chunk(b"".join(first))
                batch = []
                for i in range(count):
                    batch.append(one(i))
                    if len(batch) == 1000:
                        self.chunk(b"".join(batch))
                        batch = []
                self.chunk(b"".join(batch))
                self.wfile.flush()
            elif step[0] == "end":
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
            elif step[0] == "cut":
                # the body unfinished: no terminating chunk, the connection closed
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return


def main():
    port = int(sys.argv[2]) if len(sys.argv) == 3 and sys.argv[1] == "--port" else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    if port:
        server.serve_forever()  # until killed
        return 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes it
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
