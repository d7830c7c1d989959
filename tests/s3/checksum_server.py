#!/usr/bin/python3
"""A small S3 look-alike on 127.0.0.1 that checks upload checksums, which
s3rver does not: it decodes HTTP chunked framing and aws-chunked bodies,
verifies the trailer's x-amz-checksum-* against the data, an
x-amz-checksum-* header, Content-MD5 and X-Amz-Decoded-Content-Length, and
answers S3's BadDigest / IncompleteBody errors when they do not match.

    PUT /BUCKET/KEY   store the object (checked as above); the response
                      carries the checksum it verified
    GET /BUCKET/KEY   the object, with x-amz-checksum-crc32 (and
                      x-amz-checksum-sha256); under /corrupt/ the CRC32
                      header is wrong on purpose; under /truncate/ the
                      connection closes half-way through the body
    GET /__stats      JSON: how many uploads were verified in each form

usage: checksum_server.py run -- CMD ... {url} ...
    starts the server, runs CMD with {url} replaced, stops, exits with CMD's
    status.
"""
import base64
import hashlib
import http.server
import json
import os
import socketserver
import sys
import threading
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    table = CRC32C_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def _table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        t.append(c)
    return t


CRC32C_TABLE = _table()


def checksum(alg, data):
    if alg == "crc32":
        raw = zlib.crc32(data).to_bytes(4, "big")
    elif alg == "crc32c":
        raw = crc32c(data).to_bytes(4, "big")
    elif alg == "sha1":
        raw = hashlib.sha1(data).digest()
    elif alg == "sha256":
        raw = hashlib.sha256(data).digest()
    else:
        raise ValueError(alg)
    return base64.b64encode(raw).decode()


class BadRequest(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def decode_aws_chunked(body):
    """-> (data, {trailer name: value})"""
    data = bytearray()
    i = 0
    while True:
        eol = body.find(b"\r\n", i)
        if eol < 0:
            raise BadRequest("IncompleteBody", "an aws-chunked chunk header is cut off")
        size = int(body[i:eol].split(b";")[0], 16)
        i = eol + 2
        if size == 0:
            break
        if body[i + size:i + size + 2] != b"\r\n":
            raise BadRequest("IncompleteBody", "an aws-chunked chunk is cut off")
        data += body[i:i + size]
        i += size + 2
    trailers = {}
    while True:
        eol = body.find(b"\r\n", i)
        if eol < 0:
            raise BadRequest("IncompleteBody", "the aws-chunked trailer is cut off")
        line = body[i:eol]
        i = eol + 2
        if not line:
            break
        name, _, value = line.partition(b":")
        trailers[name.decode().strip().lower()] = value.decode().strip()
    if i != len(body):
        raise BadRequest("IncompleteBody", "bytes after the aws-chunked trailer")
    return bytes(data), trailers


class Store:
    def __init__(self):
        self.objects = {}
        self.stats = {"trailer": 0, "header": 0, "md5": 0, "http_chunked": 0, "puts": 0}
        self.lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def error(self, status, code, message):
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code>"
                f"<Message>{message}</Message><RequestId>checksum-server</RequestId>"
                f"</Error>").encode()
        self.send(status, body, {"Content-Type": "application/xml"})

    def read_body(self):
        te = self.headers.get("Transfer-Encoding", "")
        if "chunked" in te.lower():
            if "Content-Length" in self.headers:
                raise BadRequest("InvalidRequest", "Content-Length and Transfer-Encoding: chunked")
            self.server.store.stats["http_chunked"] += 1
            out = bytearray()
            while True:
                line = self.rfile.readline()
                size = int(line.split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(out)
                out += self.rfile.read(size)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length", "0"))
        return self.rfile.read(n)

    def do_PUT(self):
        # (an Expect: 100-continue is answered by http.server itself)
        h = {k.lower(): v for k, v in self.headers.items()}
        st = self.server.store.stats
        try:
            body = self.read_body()
            verified = {}
            data = body
            if "aws-chunked" in h.get("content-encoding", ""):
                if h.get("x-amz-content-sha256") != "STREAMING-UNSIGNED-PAYLOAD-TRAILER":
                    raise BadRequest("InvalidRequest", "aws-chunked without a trailer payload hash")
                data, trailers = decode_aws_chunked(body)
                name = h.get("x-amz-trailer", "")
                if name not in trailers:
                    raise BadRequest("MalformedTrailerError",
                                     f"the trailer {name!r} is missing: {sorted(trailers)}")
                alg = name[len("x-amz-checksum-"):]
                want = checksum(alg, data)
                if trailers[name] != want:
                    raise BadRequest("BadDigest", f"trailer {name} {trailers[name]} but the data "
                                     f"has {want}")
                decoded = h.get("x-amz-decoded-content-length")
                if decoded is None or int(decoded) != len(data):
                    raise BadRequest("IncompleteBody", f"X-Amz-Decoded-Content-Length {decoded} "
                                     f"but {len(data)} bytes")
                verified[name] = want
                st["trailer"] += 1
            for alg in ("crc32", "crc32c", "sha1", "sha256"):
                name = "x-amz-checksum-" + alg
                if name in h:
                    want = checksum(alg, data)
                    if h[name] != want:
                        raise BadRequest("BadDigest", f"{name} {h[name]} but the data has {want}")
                    verified[name] = want
                    st["header"] += 1
            if "content-md5" in h:
                want = base64.b64encode(hashlib.md5(data).digest()).decode()
                if h["content-md5"] != want:
                    raise BadRequest("BadDigest", "The Content-MD5 you specified did not match "
                                     "what we received.")
                st["md5"] += 1
            sha = h.get("x-amz-content-sha256", "")
            if len(sha) == 64 and sha != hashlib.sha256(data).hexdigest():
                raise BadRequest("XAmzContentSHA256Mismatch",
                                 "The provided 'x-amz-content-sha256' header does not match "
                                 "what was computed.")
        except BadRequest as e:
            self.error(400, e.code, str(e))
            return
        with self.server.store.lock:
            self.server.store.objects[self.path.split("?")[0]] = data
            st["puts"] += 1
        headers = {"ETag": '"%s"' % hashlib.md5(data).hexdigest()}
        headers.update(verified)
        self.send(200, b"", headers)

    def do_GET(self):
        if self.path == "/__stats":
            self.send(200, json.dumps(self.server.store.stats).encode(),
                      {"Content-Type": "application/json"})
            return
        path = self.path.split("?")[0]
        corrupt = path.startswith("/corrupt/")
        truncate = path.startswith("/truncate/")
        if corrupt or truncate:
            path = path[path.index("/", 1):]
        data = self.server.store.objects.get(path)
        if data is None:
            self.error(404, "NoSuchKey", "The specified key does not exist.")
            return
        if truncate:
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[:len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        crc = checksum("crc32", data if not corrupt else data + b"!")
        self.send(200, data, {"x-amz-checksum-crc32": crc,
                              "x-amz-checksum-sha256": checksum("sha256", data),
                              "ETag": '"%s"' % hashlib.md5(data).hexdigest()})

    do_HEAD = do_GET


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    argv = sys.argv[1:]
    if len(argv) < 3 or argv[0] != "run" or argv[1] != "--":
        sys.exit(__doc__)
    server = Server(("127.0.0.1", 0), Handler)
    server.store = Store()
    url = "http://127.0.0.1:%d" % server.server_address[1]
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    cmd = [a.replace("{url}", url) for a in argv[2:]]
    try:
        rc = exe_wrapper.call(cmd)
    finally:
        server.shutdown()
    print("checksum server: " + json.dumps(server.store.stats))
    sys.exit(rc)


if __name__ == "__main__":
    main()
