#!/usr/bin/env python3
"""A small HTTP/1.1 server for the transport tests.

Binds 127.0.0.1 on a free port, prints the port on stdout and serves until
its stdin closes (so it never outlives the test that started it). When the
openssl command is at hand it also serves the same paths over TLS with a
fresh self-signed certificate (which no CA store trusts) on a second port,
printed after the first ("PORT TLS_PORT"; 0 when there is none).

Paths:
  /echo             200, JSON: method, path, client_port, headers (in order,
                    as sent), body_len, body_sha256, body (when short)
  /big?n=N          200 with N bytes: byte i is (i * 31 + 7) % 251
  /slow-headers?ms= waits, then answers like /echo
  /slow-body?ms=    sends headers and 10 of 20 bytes, waits, sends the rest
  /cut?len=L&send=S Content-Length L, sends S bytes, closes
  /close            closes the connection without answering
  /then-close       answers like /echo (keep-alive, with a length), then
                    closes the connection
  /status?code=C    answers C with a short body
  /hold?ms=         waits, then answers 200 "held"
  /head-check       HEAD/GET with Content-Length 5 (body only for GET)
  /expect-417       refuses Expect: 100-continue with a 417 (body "no
                    continue"), then closes; answers 200 "sent again"
                    to a request without it
  /expect-count     how many requests /expect-417 has read, as text
  /big-header?n=N   200 with a header X-Before, then one X-Big of N bytes
  /many-headers?n=N 200 with N headers X-H-0: 0 ... X-H-<N-1>: <N-1>, and
                    the body "many"; &trickle=1: written 7 bytes at a time
  /chunked?n=N&size=S  200 with /big's N bytes as a chunked body, S bytes a
                    chunk (a chunk extension on the first, a trailer field)
  /until-close?n=N  200 with /big's N bytes and no length: the body ends
                    when the connection closes
  /proxy-count      how many CONNECT requests were tunnelled, as text

It is also an HTTP proxy: a request naming a whole URL is served as above
(/echo shows that URL as its path), and CONNECT 127.0.0.1:PORT opens a
tunnel to that port (403 for any other host, 502 when it cannot connect).
"""
import hashlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def pattern(n):
    block = bytes((i * 31 + 7) % 251 for i in range(251 * 64))
    out = bytearray()
    while len(out) < n:
        out += block
    return bytes(out[:n])


EXPECT_COUNT = [0]
CONNECT_COUNT = [0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def handle_expect_100(self):
        if not self.path.startswith("/expect-417"):
            return super().handle_expect_100()
        EXPECT_COUNT[0] += 1
        self.close_connection = True
        self.send(417, b"no continue", "text/plain")
        return False

    def log_message(self, fmt, *args):
        pass

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        data = b""
        while len(data) < n:
            chunk = self.rfile.read(n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def send(self, code, body, ctype="application/octet-stream", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def echo(self):
        body = self.read_body()
        doc = {
            "method": self.command,
            "path": self.path,
            "client_port": self.client_address[1],
            "headers": [[k, v] for k, v in self.headers.items()],
            "body_len": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
        }
        if len(body) <= 4096:
            doc["body"] = body.decode("latin-1")
        self.send(200, json.dumps(doc).encode(), "application/json",
                  [("X-Echo", "yes"), ("X-Empty", "")])

    def handle_any(self):
        url = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        p = url.path
        if p == "/echo" or p.startswith("/echo/"):
            return self.echo()
        if p == "/big":
            self.read_body()
            return self.send(200, pattern(int(q.get("n", "0"))))
        if p == "/slow-headers":
            self.read_body()
            time.sleep(int(q.get("ms", "1000")) / 1000)
            return self.echo()
        if p == "/slow-body":
            self.read_body()
            self.send_response(200)
            self.send_header("Content-Length", "20")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            time.sleep(int(q.get("ms", "1000")) / 1000)
            self.wfile.write(b"abcdefghij")
            return None
        if p == "/cut":
            self.read_body()
            self.send_response(200)
            self.send_header("Content-Length", q.get("len", "1000"))
            self.end_headers()
            self.wfile.write(pattern(int(q.get("send", "400"))))
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if p == "/then-close":
            self.echo()
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if p == "/close":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if p == "/status":
            self.read_body()
            code = int(q.get("code", "500"))
            return self.send(code, b"status %d" % code, "text/plain")
        if p == "/hold":
            self.read_body()
            time.sleep(int(q.get("ms", "1000")) / 1000)
            return self.send(200, b"held", "text/plain")
        if p == "/expect-417":
            EXPECT_COUNT[0] += 1
            self.read_body()
            return self.send(200, b"sent again", "text/plain")
        if p == "/big-header":
            self.read_body()
            return self.send(200, b"big", "text/plain",
                             [("X-Before", "yes"), ("X-Big", "b" * int(q.get("n", "0")))])
        if p == "/many-headers":
            self.read_body()
            headers = [("X-H-%d" % i, str(i)) for i in range(int(q.get("n", "0")))]
            if not q.get("trickle"):
                return self.send(200, b"many", "text/plain", headers)
            # the same response 7 bytes a write: the head takes many reads,
            # and its blank line is split between two of them
            data = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n" +
                    "".join("%s: %s\r\n" % h for h in headers) + "\r\n").encode() + b"many"
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for i in range(0, len(data), 7):
                self.wfile.write(data[i:i + 7])
                self.wfile.flush()
                time.sleep(0.001)
            return None
        if p == "/chunked":
            self.read_body()
            data = pattern(int(q.get("n", "0")))
            size = int(q.get("size", "1000"))
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(data), size):
                piece = data[i:i + size]
                ext = ";name=value" if i == 0 else ""
                self.wfile.write(b"%x%s\r\n" % (len(piece), ext.encode()) + piece + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
            return None
        if p == "/until-close":
            self.read_body()
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(pattern(int(q.get("n", "0"))))
            self.wfile.flush()
            self.close_connection = True
            return None
        if p == "/proxy-count":
            return self.send(200, b"%d" % CONNECT_COUNT[0], "text/plain")
        if p == "/expect-count":
            return self.send(200, b"%d" % EXPECT_COUNT[0], "text/plain")
        if p == "/head-check":
            return self.send(200, b"hello", "text/plain")
        return self.send(404, b"no such path", "text/plain")

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = handle_any

    def do_CONNECT(self):
        host, _, port = self.path.rpartition(":")
        if host != "127.0.0.1" or not port.isdigit():
            self.close_connection = True
            return self.send(403, b"only 127.0.0.1", "text/plain")
        try:
            upstream = socket.create_connection((host, int(port)), timeout=10)
        except OSError:
            self.close_connection = True
            return self.send(502, b"cannot connect", "text/plain")
        CONNECT_COUNT[0] += 1
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        upstream.settimeout(None)

        def pump(src, dst):
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass

        back = threading.Thread(target=pump, args=(upstream, self.connection), daemon=True)
        back.start()
        pump(self.connection, upstream)
        back.join()
        upstream.close()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def handle_error(self, request, client_address):
        pass  # clients that hang up early are part of the tests


def start_tls(tmp):
    openssl = shutil.which("openssl")
    if not openssl:
        return 0
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server = Server(("127.0.0.1", 0), Handler)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    server = Server(("127.0.0.1", 0), Handler)
    with tempfile.TemporaryDirectory() as tmp:
        tls_port = start_tls(tmp)
    print(server.server_address[1], tls_port, flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # The test holds our stdin: when it ends, for whatever reason, so do we.
    try:
        sys.stdin.buffer.read()
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
