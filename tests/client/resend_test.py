#!/usr/bin/env python3
"""One attempt, one request: a kept-alive connection that dies before the
response must not make libcurl send the request again behind awsc's back.

usage: resend_test.py RESEND_CALLS [put-object]

A raw HTTP/1.1 server on 127.0.0.1 (a free port) keeps connections alive
and records every request it reads: its connection, its place on that
connection, the amz-sdk-invocation-id and amz-sdk-request headers. It
answers some and drops others, after reading the whole request, without a
byte of response:

  reused  answers the first request of each connection, drops every later
          one (a connection that the server closed while it sat idle in
          the client's pool, or one that a load balancer cut)
  all     answers the first request it ever reads, drops every other

and drops either with a reset (SO_LINGER 0: RST) or a close (FIN).

resend_calls makes the calls (GetItem, PutItem: idempotent or not, both
in-memory bodies; PutObject when asked: a body streamed from a file) one
after the other on one client, and prints the attempts each call counted.
Checked, for each call: the requests the server read with its invocation
id are exactly as many as the attempts the call reports, and their
amz-sdk-request headers say attempt=1, attempt=2, ... in order, with no
number twice. Before awsc refused libcurl's own resend, a dropped request
on a reused connection reached the server twice as attempt=1, about ten
milliseconds apart.
"""
import json
import os
import socket
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

OK_BODIES = {
    'DynamoDB_20120810.GetItem': b'{"Item": {"pk": {"S": "item"}}}',
    'DynamoDB_20120810.PutItem': b'{}',
}


class Server:
    def __init__(self, policy, how):
        self.policy, self.how = policy, how
        self.lock = threading.Lock()
        self.requests = []  # dicts, in the order read
        self.answered = 0
        self.connections = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.accept_loop, daemon=True).start()

    def accept_loop(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                cid = self.connections
            threading.Thread(target=self.serve, args=(conn, cid), daemon=True).start()

    @staticmethod
    def read_request(conn, f):
        line = f.readline()
        if not line:
            return None
        method, target, _ = line.decode('latin-1').split(' ', 2)
        headers = {}
        while True:
            h = f.readline()
            if h in (b'\r\n', b'\n', b''):
                break
            name, _, value = h.decode('latin-1').partition(':')
            headers[name.strip().lower()] = value.strip()
        n = int(headers.get('content-length', '0'))
        if headers.get('expect', '').lower() == '100-continue':
            conn.sendall(b'HTTP/1.1 100 Continue\r\n\r\n')
        body = f.read(n) if n else b''
        if len(body) != n:
            return None
        return method, target, headers, body

    def drop(self, conn):
        if self.how == 'reset':
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        else:
            conn.shutdown(socket.SHUT_RDWR)
        conn.close()

    def serve(self, conn, cid):
        f = conn.makefile('rb')
        seq = 0
        try:
            while True:
                req = self.read_request(conn, f)
                if req is None:
                    conn.close()
                    return
                method, target, headers, body = req
                seq += 1
                with self.lock:
                    answer = (seq == 1 if self.policy == 'reused' else self.answered == 0)
                    if answer:
                        self.answered += 1
                    self.requests.append({
                        'connection': cid, 'seq': seq, 'time': time.monotonic(),
                        'method': method, 'target': headers.get('x-amz-target', target),
                        'invocation': headers.get('amz-sdk-invocation-id'),
                        'attempt': headers.get('amz-sdk-request'),
                        'body_len': len(body), 'answered': answer})
                if not answer:
                    self.drop(conn)
                    return
                if method == 'PUT':
                    reply = (b'HTTP/1.1 200 OK\r\nETag: "e"\r\nx-amz-request-id: r\r\n'
                             b'Content-Length: 0\r\n\r\n')
                else:
                    data = OK_BODIES.get(headers.get('x-amz-target'), b'{}')
                    reply = (b'HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\n'
                             b'x-amzn-RequestId: r\r\nContent-Length: %d\r\n\r\n' % len(data)
                             + data)
                conn.sendall(reply)
        except OSError:
            conn.close()


def run(calls_exe, op, policy, how, count):
    server = Server(policy, how)
    url = 'http://127.0.0.1:%d' % server.port
    p = exe_wrapper.run([calls_exe, url, op, str(count)], capture_output=True, text=True,
                        timeout=300)
    server.sock.close()
    failures = []
    if p.returncode != 0:
        return ['%s: exit %d: %s' % (calls_exe, p.returncode, p.stderr[-2000:])], None
    results = [json.loads(line) for line in p.stdout.splitlines()]
    with server.lock:
        seen = list(server.requests)
    by_call = []
    for r in seen:
        if not by_call or by_call[-1][0] != r['invocation']:
            by_call.append((r['invocation'], []))
        by_call[-1][1].append(r)
    ids = [i for i, _ in by_call]
    if len(set(ids)) != len(ids):
        failures.append('requests of one call are not together: %s' % ids)
    if len(by_call) != len(results):
        failures.append('%d calls reached the server, %d were made' %
                        (len(by_call), len(results)))
    total_attempts = 0
    gaps = []
    for k, (res, (inv, reqs)) in enumerate(zip(results, by_call)):
        total_attempts += res['attempts']
        numbers = [r['attempt'] for r in reqs]
        want = ['attempt=%d' % (n + 1) for n in range(res['attempts'])]
        if numbers != want:
            failures.append('call %d (%s, %s): the server read %s; the call counted %d '
                            'attempts' % (k + 1, res['status'], res['message'], numbers,
                                          res['attempts']))
        gaps += [int((b['time'] - a['time']) * 1000) for a, b in zip(reqs, reqs[1:])]
    # what each call must have come to
    for k, res in enumerate(results):
        if policy == 'reused':
            want = ('AWSC_OK', 1 if k == 0 else 2)
        else:
            want = ('AWSC_OK', 1) if k == 0 else ('AWSC_E_TRANSPORT', 3)
        if (res['status'], res['attempts']) != want:
            failures.append('call %d: %s after %d attempts (%s), expected %s after %d' %
                            ((k + 1, res['status'], res['attempts'], res['message']) + want))
        if res['status'] == 'AWSC_E_TRANSPORT' and 'Connection was closed before we received ' \
                'a valid response from endpoint URL' not in res['message']:
            failures.append('call %d: message %r' % (k + 1, res['message']))
    figures = {'requests': len(seen), 'attempts': total_attempts,
               'connections': server.connections, 'gaps_ms': gaps}
    return failures, figures


def main():
    calls_exe = sys.argv[1]
    ops = ['get-item', 'put-item'] + sys.argv[2:]
    failures = []
    for op in ops:
        for policy in ('reused', 'all'):
            for how in ('reset', 'close'):
                count = 6 if policy == 'reused' else 3
                f, fig = run(calls_exe, op, policy, how, count)
                name = '%s, server drops %s requests with a %s' % (op, policy, how)
                failures += ['%s: %s' % (name, x) for x in f]
                if fig:
                    print('%-52s %2d requests read, err.attempts/output attempts sum %2d, '
                          '%d connections; ms between attempts %s' %
                          (name + ':', fig['requests'], fig['attempts'], fig['connections'],
                           fig['gaps_ms']))
    for f in failures:
        print('FAIL:', f)
    print('FAILED' if failures else 'ok')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
