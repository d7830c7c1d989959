#!/usr/bin/python3
"""The awsc tool's connection options and downloads, beside the AWS CLI.

    cli_transport.py AWSC SERVERS_PY

Each check runs awsc and, where it has the same option, /usr/bin/aws (the
AWS CLI v2, Debian's awscli) against the same local server on 127.0.0.1,
and compares what they do:

- HTTPS (an nginx started through SERVERS_PY whose certificate is signed by
  a CA this test makes with the openssl command): refused without the CA,
  accepted with --ca-bundle, AWS_CA_BUNDLE, the profile's ca_bundle (and
  --ca-bundle winning over a wrong AWS_CA_BUNDLE), refused with an
  unreadable bundle, accepted with --no-verify-ssl and a warning.
- --cli-read-timeout N against a server that reads the request and never
  answers: a read timeout after about N seconds per attempt; 0 (no limit)
  against one that answers after 2 s: no timeout. --cli-connect-timeout 1
  against a listening socket whose backlog is full (SYNs dropped): a
  connect timeout. Bad values: exit 255 with a message.
- --no-sign-request: no Authorization, X-Amz-Date or token on the wire, and
  no credentials needed.
- s3api get-object into a file: the file's mode is 0666 less the umask
  (022, 077, 002), and a replaced file keeps its mode, as with the AWS CLI.
- SIGINT or SIGTERM during a download: the signal ends awsc, and neither
  the temporary file beside the outfile nor the outfile is left.
- A 1 MiB response header line: exit 255 and a message about the header,
  not "Out of memory".

Exits non-zero when a check fails.
"""
import glob
import json
import os
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS_CLI = '/usr/bin/aws'
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


def run(cmd, env, timeout=120, umask=None):
    start = time.monotonic()
    p = exe_wrapper.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
    p.seconds = time.monotonic() - start
    return p


class RawServer:
    """A one-behaviour HTTP/1.1 server on a free port: handler(conn,
    request) answers one request; requests are recorded."""

    def __init__(self, handler, backlog=64, accept=True):
        self.handler = handler
        self.requests = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(backlog)
        self.port = self.sock.getsockname()[1]
        self.url = 'http://127.0.0.1:%d' % self.port
        if accept:
            threading.Thread(target=self.loop, daemon=True).start()

    def loop(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        f = conn.makefile('rb')
        try:
            while True:
                line = f.readline()
                if not line:
                    break
                headers = {}
                while True:
                    h = f.readline()
                    if h in (b'\r\n', b'\n', b''):
                        break
                    k, _, v = h.decode('latin-1').partition(':')
                    headers[k.strip().lower()] = v.strip()
                n = int(headers.get('content-length', '0'))
                body = f.read(n) if n else b''
                req = {'line': line.decode('latin-1').strip(), 'headers': headers, 'body': body}
                self.requests.append(req)
                if not self.handler(conn, req):
                    break
        except OSError:
            pass
        try:
            conn.close()
        except OSError:
            pass

    def close(self):
        self.sock.close()


def reply(conn, body, ctype='application/x-amz-json-1.0', extra=b''):
    conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: ' + ctype.encode() +
                 b'\r\nx-amzn-RequestId: r1\r\n' + extra + b'Content-Length: %d\r\n\r\n' %
                 len(body) + body)
    return True


def base_env(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith('AWS_')}
    env.update({'HOME': home, 'AWS_ACCESS_KEY_ID': 'AKIDTRANSPORT',
                'AWS_SECRET_ACCESS_KEY': 'transport/secret', 'AWS_DEFAULT_REGION': 'us-east-1',
                'AWS_CONFIG_FILE': os.path.join(home, 'config'),
                'AWS_SHARED_CREDENTIALS_FILE': os.path.join(home, 'credentials'),
                'AWS_PAGER': '', 'AWS_MAX_ATTEMPTS': '1'})
    env.pop('REQUESTS_CA_BUNDLE', None)
    return env


def tools(awsc):
    out = [('awsc', [awsc])]
    if os.access(AWS_CLI, os.X_OK):
        out.append(('aws', [AWS_CLI]))
    else:
        print('NOTE %s not found: awsc alone' % AWS_CLI)
    return out


# ------------------------------------------------------------------ HTTPS

def make_ca(d):
    """A CA and a server certificate for 127.0.0.1 signed by it."""
    def openssl(*args):
        subprocess.run(['openssl'] + list(args), check=True, capture_output=True)
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj',
            '/CN=awsc test CA', '-keyout', d + '/ca.key', '-out', d + '/ca.pem')
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout',
            d + '/server.key', '-out', d + '/server.csr')
    with open(d + '/ext.cnf', 'w') as f:
        f.write('subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n')
    openssl('x509', '-req', '-in', d + '/server.csr', '-CA', d + '/ca.pem', '-CAkey',
            d + '/ca.key', '-CAcreateserial', '-days', '2', '-extfile', d + '/ext.cnf',
            '-out', d + '/server.pem')
    # a CA that did not sign it, for a bundle that must not work
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj',
            '/CN=another CA', '-keyout', d + '/other.key', '-out', d + '/other.pem')


HTTPS_SERVER_CONF = '''\
        listen 127.0.0.1:@PORT@ ssl;
        ssl_certificate @CERT@;
        ssl_certificate_key @KEY@;
        location / {
            default_type application/x-amz-json-1.0;
            return 200 '{"TableNames": ["tls-table"]}';
        }
'''


def test_https(awsc, servers_py, home, d):
    if not shutil.which('openssl'):
        print('SKIP https: no openssl command')
        return
    sys.path.insert(0, os.path.dirname(servers_py))
    import servers
    make_ca(d)
    conf = (servers._NGINX_CONF.replace('@USER@', 'user root;\n' if os.geteuid() == 0 else '')
            .replace('@WORKERS@', '1').replace('        listen @LISTEN@;\n', '')
            .replace('@SERVER@', HTTPS_SERVER_CONF.replace('@CERT@', d + '/server.pem')
                     .replace('@KEY@', d + '/server.key')))
    try:
        nginx = servers.start('nginx', conf=conf)
    except servers.ServerError as e:
        check(False, 'nginx over HTTPS did not start: %s' % e)
        return
    try:
        url = 'https://127.0.0.1:%d' % nginx.port
        env = base_env(home)
        profile_env = dict(env, AWS_PROFILE='tls')
        with open(env['AWS_CONFIG_FILE'], 'w') as f:
            f.write('[profile tls]\nca_bundle = %s\n[profile wrongca]\nca_bundle = %s\n' %
                    (d + '/ca.pem', d + '/other.pem'))
        cases = [
            # name, extra args, env, should it succeed
            ('no CA', [], env, False),
            ('--ca-bundle', ['--ca-bundle', d + '/ca.pem'], env, True),
            ('--ca-bundle of another CA', ['--ca-bundle', d + '/other.pem'], env, False),
            ('AWS_CA_BUNDLE', [], dict(env, AWS_CA_BUNDLE=d + '/ca.pem'), True),
            ('the profile\'s ca_bundle', [], profile_env, True),
            ('a profile with another CA', [], dict(env, AWS_PROFILE='wrongca'), False),
            ('--ca-bundle over a wrong AWS_CA_BUNDLE', ['--ca-bundle', d + '/ca.pem'],
             dict(env, AWS_CA_BUNDLE=d + '/other.pem'), True),
            ('AWS_CA_BUNDLE over a wrong profile', [],
             dict(env, AWS_PROFILE='wrongca', AWS_CA_BUNDLE=d + '/ca.pem'), True),
            ('an unreadable bundle', ['--ca-bundle', d + '/missing.pem'], env, False),
            ('--no-verify-ssl', ['--no-verify-ssl'], env, True),
            ('--no-verify-ssl with an unreadable bundle',
             ['--no-verify-ssl', '--ca-bundle', d + '/missing.pem'], env, True),
        ]
        for name, extra, e, ok in cases:
            for tool, cmd in tools(awsc):
                p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', url] + extra, e)
                what = 'https, %s (%s)' % (name, tool)
                if ok:
                    if check(p.returncode == 0, '%s: exit %d: %s' % (what, p.returncode,
                                                                    p.stderr[-500:])):
                        check(json.loads(p.stdout) == {'TableNames': ['tls-table']},
                              '%s: output %r' % (what, p.stdout))
                else:
                    check(p.returncode == 255 and 'SSL validation failed for %s/' % url
                          in p.stderr, '%s: exit %d, %r' % (what, p.returncode, p.stderr[-500:]))
                if tool == 'awsc' and 'unreadable' in name and not ok:
                    check('missing.pem cannot be read: No such file or directory' in p.stderr,
                          '%s: %r' % (what, p.stderr))
                if '--no-verify-ssl' in extra:
                    check('Unverified HTTPS request' in p.stderr, '%s: no warning: %r' %
                          (what, p.stderr))
                if tool == 'awsc' and not ok and 'unreadable' not in name:
                    print('awsc, %s: %s' % (name, p.stderr.strip()))
    finally:
        nginx.stop()


# --------------------------------------------------------------- timeouts

def test_timeouts(awsc, home):
    env = base_env(home)
    silent = RawServer(lambda conn, req: (time.sleep(30), False)[1])
    late = RawServer(lambda conn, req: (time.sleep(2), reply(conn, b'{"TableNames": []}'))[1])
    try:
        for tool, cmd in tools(awsc):
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', silent.url,
                           '--cli-read-timeout', '1'], env)
            what = '--cli-read-timeout 1 (%s)' % tool
            check(p.returncode == 255 and
                  'Read timeout on endpoint URL: "%s/"' % silent.url in p.stderr,
                  '%s: exit %d, %r' % (what, p.returncode, p.stderr[-300:]))
            check(p.seconds < 20, '%s: took %.1f s' % (what, p.seconds))
            print('%s: failed after %.1f s' % (what, p.seconds))
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', late.url,
                           '--cli-read-timeout', '0'], env)
            check(p.returncode == 0, '--cli-read-timeout 0 (%s): exit %d %r' %
                  (tool, p.returncode, p.stderr[-300:]))
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', late.url,
                           '--cli-read-timeout', '1', '--cli-connect-timeout', '0'], env)
            check(p.returncode == 255 and 'Read timeout' in p.stderr,
                  '--cli-read-timeout 1 against a 2 s answer (%s): exit %d %r' %
                  (tool, p.returncode, p.stderr[-300:]))
            for bad in ('-1', 'x', '1.5'):
                p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', late.url,
                               '--cli-read-timeout', bad], env)
                check(p.returncode == 255 and p.stderr.strip() and not p.stdout,
                      '--cli-read-timeout %s (%s): exit %d %r' % (bad, tool, p.returncode,
                                                                  p.stderr))
                if tool == 'awsc':
                    print('awsc --cli-read-timeout %s: %s' % (bad, p.stderr.strip()))
    finally:
        silent.close()
        late.close()

    # a listening socket that is never accepted from, its queue full: the
    # kernel drops further SYNs and a connect waits
    full = RawServer(None, backlog=0, accept=False)
    fillers = []
    try:
        for _ in range(8):
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(('127.0.0.1', full.port))
            fillers.append(s)
        time.sleep(0.5)
        for tool, cmd in tools(awsc):
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', full.url,
                           '--cli-connect-timeout', '1'], env)
            what = '--cli-connect-timeout 1 (%s)' % tool
            check(p.returncode == 255 and
                  'Connect timeout on endpoint URL: "%s/"' % full.url in p.stderr,
                  '%s: exit %d, %r' % (what, p.returncode, p.stderr[-300:]))
            check(p.seconds < 20, '%s: took %.1f s' % (what, p.seconds))
            print('%s: failed after %.1f s' % (what, p.seconds))
    finally:
        for s in fillers:
            s.close()
        full.close()


# -------------------------------------------------------- --no-sign-request

def test_no_sign_request(awsc, home):
    server = RawServer(lambda conn, req: reply(conn, b'{"TableNames": []}'))
    env = base_env(home)
    for k in ('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'):
        env.pop(k)
    try:
        for tool, cmd in tools(awsc):
            before = len(server.requests)
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', server.url,
                           '--no-sign-request'], env)
            what = '--no-sign-request without credentials (%s)' % tool
            check(p.returncode == 0, '%s: exit %d %r' % (what, p.returncode, p.stderr[-300:]))
            sent = server.requests[before:]
            check(len(sent) == 1, '%s: %d requests' % (what, len(sent)))
            for r in sent:
                for h in ('authorization', 'x-amz-date', 'x-amz-security-token'):
                    check(h not in r['headers'], '%s: sent %s' % (what, h))
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', server.url], env)
            check(p.returncode != 0 and 'Unable to locate credentials' in p.stderr,
                  'without --no-sign-request nor credentials (%s): exit %d %r' %
                  (tool, p.returncode, p.stderr[-300:]))
    finally:
        server.close()


# -------------------------------------------------------------- downloads

def test_download_mode(awsc, home, d):
    body = b'object body\n' * 100
    server = RawServer(lambda conn, req: reply(conn, body, 'binary/octet-stream',
                                               b'ETag: "e"\r\n'))
    env = base_env(home)
    try:
        for tool, cmd in tools(awsc):
            for umask in (0o022, 0o077, 0o002):
                out = os.path.join(d, 'mode-%s-%03o' % (tool, umask))
                p = run(cmd + ['s3api', 'get-object', '--bucket', 'b', '--key', 'k', out,
                               '--endpoint-url', server.url], env, umask=umask)
                what = 'get-object under umask %03o (%s)' % (umask, tool)
                if check(p.returncode == 0, '%s: exit %d %r' % (what, p.returncode,
                                                               p.stderr[-300:])):
                    mode = stat.S_IMODE(os.stat(out).st_mode)
                    check(mode == 0o666 & ~umask, '%s: mode %03o, expected %03o' %
                          (what, mode, 0o666 & ~umask))
                    with open(out, 'rb') as f:
                        check(f.read() == body, '%s: content' % what)
            # over an existing file of mode 0600: it stays 0600
            out = os.path.join(d, 'existing-%s' % tool)
            with open(out, 'w') as f:
                f.write('old')
            os.chmod(out, 0o600)
            p = run(cmd + ['s3api', 'get-object', '--bucket', 'b', '--key', 'k', out,
                           '--endpoint-url', server.url], env, umask=0o022)
            mode = stat.S_IMODE(os.stat(out).st_mode)
            check(p.returncode == 0 and mode == 0o600,
                  'get-object over a 0600 file (%s): exit %d, mode %03o' %
                  (tool, p.returncode, mode))
    finally:
        server.close()


def test_interrupted_download(awsc, home, d):
    def stall(conn, req):
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: binary/octet-stream\r\n'
                     b'Content-Length: 10000000\r\nETag: "e"\r\n\r\n' + b'x' * 65536)
        time.sleep(60)
        return False
    server = RawServer(stall)
    env = base_env(home)
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            out = os.path.join(d, 'interrupted-%d' % sig)
            p = exe_wrapper.Popen([awsc, 's3api', 'get-object', '--bucket', 'b', '--key', 'k',
                                  out, '--endpoint-url', server.url], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 30
            tmp = []
            while time.monotonic() < deadline and not tmp:
                tmp = glob.glob(out + '.awsc-*')
                if not tmp:
                    time.sleep(0.05)
            what = 'get-object ended by signal %d' % sig
            if not check(tmp, '%s: no temporary file appeared' % what):
                p.kill()
                p.wait()
                continue
            time.sleep(0.3)  # well into the body
            p.send_signal(sig)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
                check(False, '%s: still running' % what)
            p.stdout.close()
            p.stderr.close()
            left = glob.glob(out + '*')
            check(p.returncode == -sig, '%s: exit status %s' % (what, p.returncode))
            check(not left, '%s: left %s' % (what, left))
            print('%s: exit status %d, temporary file %s removed' %
                  (what, p.returncode, os.path.basename(tmp[0])))
    finally:
        server.close()


# --------------------------------------------------------- a huge header

def test_huge_header(awsc, home):
    server = RawServer(lambda conn, req: reply(conn, b'{}', extra=b'X-Before: yes\r\nX-Huge: ' +
                                               b'h' * (1 << 20) + b'\r\n'))
    env = base_env(home)
    try:
        for tool, cmd in tools(awsc):
            p = run(cmd + ['dynamodb', 'list-tables', '--endpoint-url', server.url], env)
            what = 'a 1 MiB header line (%s)' % tool
            check(p.returncode == 255, '%s: exit %d' % (what, p.returncode))
            if tool == 'awsc':
                # libcurl's transport, or the socket one (AWSC_TRANSPORT=socket)
                reader = ('the socket transport' if os.environ.get('AWSC_TRANSPORT') == 'socket'
                          else 'libcurl')
                check(('has a header line longer than %s reads (102400 bytes): the header '
                       'after X-Before' % reader) in p.stderr and 'Out of memory' not in p.stderr,
                      '%s: %r' % (what, p.stderr[-400:]))
            print('%s: %s' % (what, p.stderr.strip()[-300:]))
    finally:
        server.close()


def main():
    awsc, servers_py = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as home:
        d = os.path.join(home, 'files')
        os.mkdir(d)
        test_https(awsc, servers_py, home, d)
        test_timeouts(awsc, home)
        test_no_sign_request(awsc, home)
        test_download_mode(awsc, home, d)
        test_interrupted_download(awsc, home, d)
        test_huge_header(awsc, home)
    print('FAILED: %d' % len(failures) if failures else 'ok')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
