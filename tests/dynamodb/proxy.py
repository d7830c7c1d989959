"""A proxy in front of dynalite for the tests of tests/dynamodb: it leaves
a share of each BatchWriteItem's requests unprocessed (not forwarded, and
returned in UnprocessedItems, as DynamoDB does when throttled), or answers
the first N requests with a ThrottlingException. Responses carry a fresh
x-amz-crc32."""

import http.client
import http.server
import json
import random
import threading
import zlib


class Proxy(http.server.ThreadingHTTPServer):
    """Forwards to dynalite; leaves a share of each BatchWriteItem's
    requests unprocessed (they are not forwarded, and come back in
    UnprocessedItems). throttle: the first N requests get a
    ThrottlingException."""

    def __init__(self, target, unprocessed_share=0.3, throttle=0, seed=7):
        super().__init__(('127.0.0.1', 0), ProxyHandler)
        self.target = target.split('//', 1)[1]
        self.share = unprocessed_share
        self.throttle = throttle
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.stats = {'batch_calls': 0, 'forwarded': 0, 'unprocessed': 0, 'throttled': 0,
                      'stale': 0, 'requests': 0}
        self.url = f'http://127.0.0.1:{self.server_address[1]}'
        threading.Thread(target=self.serve_forever, daemon=True).start()


class ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *a):
        pass

    def reply(self, status, body, headers=()):
        self.send_response(status)
        self.send_header('Content-Type', 'application/x-amz-json-1.0')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('x-amz-crc32', str(zlib.crc32(body) & 0xffffffff))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        s = self.server
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        target = self.headers.get('X-Amz-Target', '')
        with s.lock:
            s.stats['requests'] += 1
            if s.stats['throttled'] < s.throttle:
                s.stats['throttled'] += 1
                self.reply(400, json.dumps({
                    '__type': 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
                    'message': 'Rate of requests exceeds the allowed throughput.'}).encode())
                return
        held = {}
        if target.endswith('.BatchWriteItem') and s.share > 0:
            req = json.loads(body)
            with s.lock:
                s.stats['batch_calls'] += 1
                for table, items in req['RequestItems'].items():
                    keep = []
                    for it in items:
                        if s.rng.random() < s.share:
                            held.setdefault(table, []).append(it)
                        else:
                            keep.append(it)
                        put = it.get('PutRequest', {}).get('Item', {})
                        if put.get('payload', {}).get('S') == 'stale':
                            s.stats['stale'] += 1
                    req['RequestItems'][table] = keep
                req['RequestItems'] = {t: v for t, v in req['RequestItems'].items() if v}
                s.stats['unprocessed'] += sum(len(v) for v in held.values())
                s.stats['forwarded'] += sum(len(v) for v in req['RequestItems'].values())
            if not req['RequestItems']:
                self.reply(200, json.dumps({'UnprocessedItems': held}).encode())
                return
            body = json.dumps(req).encode()
        conn = http.client.HTTPConnection(s.target, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in
                   ('content-length', 'host', 'connection')}
        conn.request('POST', self.path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        if held and r.status == 200:
            out = json.loads(data)
            un = out.setdefault('UnprocessedItems', {})
            for t, v in held.items():
                un.setdefault(t, []).extend(v)
            data = json.dumps(out).encode()
        self.reply(r.status, data)
