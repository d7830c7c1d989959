#!/usr/bin/env python3
"""A credentials endpoint that takes its time, and a service that does not.

Binds 127.0.0.1 on a free port, prints "PORT 0" and serves until its stdin
closes. GET /creds?ms=N waits N ms, then answers container credentials
(a new key each time, expiring in 2 hours); GET /count answers how many
times /creds was asked; POST anything answers an AssumeRole response at
once (the call being signed).
"""
import datetime
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

COUNT = [0]
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def answer(self, status, body, ctype):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        u = urlsplit(self.path)
        if u.path == "/count":
            self.answer(200, str(COUNT[0]).encode(), "text/plain")
            return
        ms = int(parse_qs(u.query).get("ms", ["0"])[0])
        time.sleep(ms / 1000.0)
        with LOCK:
            COUNT[0] += 1
            n = COUNT[0]
        exp = (datetime.datetime.utcnow() + datetime.timedelta(hours=2)).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
        doc = {"AccessKeyId": "ASIASLOW%04d" % n, "SecretAccessKey": "slow-secret",
               "Token": "slow-token", "Expiration": exp}
        self.answer(200, json.dumps(doc).encode(), "application/json")

    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(n)
        xml = (b"<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
               b"<AssumeRoleResult><Credentials><AccessKeyId>ASIAOUT</AccessKeyId>"
               b"<SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>"
               b"<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
               b"</AssumeRoleResult></AssumeRoleResponse>")
        self.answer(200, xml, "text/xml")


class Server(ThreadingHTTPServer):
    request_queue_size = 256  # 100 calls connect at once


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    print("%d 0" % srv.server_address[1], flush=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the test closes it
    srv.shutdown()


if __name__ == "__main__":
    main()
