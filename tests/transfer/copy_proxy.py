"""A proxy in front of s3rver that adds what s3rver lacks: UploadPartCopy
(PUT ?partNumber&uploadId with x-amz-copy-source), done as a ranged GET
of the source and an UploadPart of its bytes on s3rver, answered with a
CopyPartResult; and AbortMultipartUpload, recorded and answered 204.
Every other request goes through unchanged. It records the ranges
copied and the uploads aborted, for the test to compare.

    with CopyProxy(s3rver_url) as proxy:   # proxy.url, proxy.copies, proxy.aborted
"""
import http.client
import http.server
import threading
import urllib.parse


class CopyProxy:
    def __init__(self, upstream):
        self.upstream = urllib.parse.urlsplit(upstream)
        self.copies, self.aborted = [], []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def upstream(self, method, path, headers, body):
                c = http.client.HTTPConnection(proxy.upstream.hostname, proxy.upstream.port,
                                               timeout=120)
                c.request(method, path, body=body, headers=headers)
                r = c.getresponse()
                data = r.read()
                c.close()
                return r, data

            def reply(self, status, headers, body):
                self.send_response(status)
                for k, v in headers:
                    if k.lower() not in ("content-length", "connection", "transfer-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def handle_any(self):
                n = int(self.headers.get("Content-Length", 0) or 0)
                body = self.rfile.read(n) if n else None
                if self.headers.get("Content-Encoding") == "aws-chunked":
                    raise RuntimeError("no aws-chunked here")
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query,
                                              keep_blank_values=True)
                source = self.headers.get("x-amz-copy-source")
                if self.command == "PUT" and "uploadId" in query and source:
                    src = "/" + urllib.parse.unquote(source).lstrip("/")
                    rng = self.headers.get("x-amz-copy-source-range")
                    r, data = self.upstream("GET", urllib.parse.quote(src), {"Range": rng}, None)
                    if r.status not in (200, 206):
                        return self.reply(r.status, r.getheaders(), data)
                    proxy.copies.append((src, rng, int(query["partNumber"][0])))
                    r, out = self.upstream("PUT", self.path, {"Content-Length": str(len(data))},
                                           data)
                    etag = r.getheader("ETag", "")
                    xml = ('<?xml version="1.0" encoding="UTF-8"?><CopyPartResult>'
                           '<LastModified>2026-01-01T00:00:00.000Z</LastModified>'
                           '<ETag>%s</ETag></CopyPartResult>' % etag.replace('"', "&quot;"))
                    return self.reply(r.status, [("Content-Type", "application/xml")],
                                      xml.encode() if r.status == 200 else out)
                if self.command == "DELETE" and "uploadId" in query:
                    proxy.aborted.append(query["uploadId"][0])
                    return self.reply(204, [], b"")
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                r, data = self.upstream(self.command, self.path, headers, body)
                self.reply(r.status, r.getheaders(), data)

            do_GET = do_PUT = do_POST = do_DELETE = handle_any

            def do_HEAD(self):
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                r, _ = self.upstream("HEAD", self.path, headers, None)
                self.send_response(r.status)
                for k, v in r.getheaders():
                    if k.lower() not in ("connection", "transfer-encoding"):
                        self.send_header(k, v)
                self.end_headers()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
