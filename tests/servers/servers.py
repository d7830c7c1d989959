#!/usr/bin/python3
"""Local servers for the integration tests, on 127.0.0.1 only.

As a module:

    import servers
    with servers.start('dynalite') as s:
        ...  # talk to s.url ("http://127.0.0.1:PORT")

Kinds: dynalite (DynamoDB), kinesalite (Kinesis), s3rver (S3), fauxqs (SNS,
STS, S3), ses (aws-ses-v2-local, SES v2), nginx (plain HTTP: a canned body
at / and WebDAV PUT/GET/DELETE elsewhere, or a configuration of the caller's)
and eventstream (tests/eventstream/server.py: event streams for S3 Select,
Bedrock, Lambda and Kinesis).

Each server gets a free port, runs in its own process group with its own
temporary folder (data and log), and is stopped by .stop(), by leaving the
`with` block, or at interpreter exit at the latest. A server is also ended
(and its folder removed) when the process that started it dies, even by
SIGKILL.

As a command (run it with /usr/bin/python3):

    servers.py run dynalite -- ./test_prog {url}
    servers.py run dynalite,kinesalite -o dynalite.deleteTableMs=50 -- CMD ...
    servers.py serve s3rver          # start one and wait for Ctrl-C
    servers.py selftest [KIND,...]   # start each, one real request, stop

`run` gives CMD the environment variables AWSC_TEST_<KIND>_URL (for example
AWSC_TEST_DYNALITE_URL) and replaces {url} and {port} (the first kind's) and
{<kind>_url} and {<kind>_port} in its arguments; it exits with CMD's status.

The node servers come from node_modules beside this file, which
scripts/install-deps installs from package-lock.json.
"""

import argparse
import atexit
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / 'node_modules'
KINDS = ('dynalite', 'kinesalite', 's3rver', 'fauxqs', 'ses', 'nginx', 'eventstream')
LOOPBACK = '127.0.0.1'
READY_TIMEOUT = float(os.environ.get('AWSC_TEST_SERVER_TIMEOUT', '60'))
STOP_GRACE = 5.0


class ServerError(RuntimeError):
    """A server could not be found, started or made ready."""


# ---------------------------------------------------------------------------
# Small helpers

def free_port():
    """A port that was free on 127.0.0.1 a moment ago (bind to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def port_in_use(port):
    """Whether something else holds 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((LOOPBACK, port))
        except OSError:
            return True
    return False


def http_request(port, method, path, body=None, headers=None, timeout=5.0):
    """One HTTP/1.1 request to 127.0.0.1:port -> (status, headers, body)."""
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def sigv4_shaped_headers(service, extra=None, region='us-east-1',
                         access_key='AKIDEXAMPLE'):
    """Headers with a well-formed but unverified SigV4 Authorization.

    None of these servers checks SigV4 signatures; dynalite and kinesalite
    only reject requests whose Authorization header lacks the SigV4 shape.
    """
    amz_date = time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())
    headers = dict(extra or {})
    signed = sorted(['host', 'x-amz-date'] + [h.lower() for h in headers])
    headers['X-Amz-Date'] = amz_date
    headers['Authorization'] = (
        'AWS4-HMAC-SHA256 Credential=%s/%s/%s/%s/aws4_request, '
        'SignedHeaders=%s, Signature=%s'
        % (access_key, amz_date[:8], region, service, ';'.join(signed), '0' * 64))
    return headers


def json_rpc(port, service, content_type, target, payload='{}'):
    """A JSON protocol call (DynamoDB, Kinesis) -> (status, headers, body)."""
    headers = sigv4_shaped_headers(service, {
        'Content-Type': content_type, 'X-Amz-Target': target})
    return http_request(port, 'POST', '/', payload.encode(), headers)


def _process_groups():
    """{pid: (pgrp, state)} of every process, read from /proc (Linux)."""
    procs = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % entry) as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces or ')'.
        fields = stat[stat.rindex(')') + 2:].split()
        procs[int(entry)] = (int(fields[2]), fields[0])
    return procs


def group_members(pgid):
    """Live (not zombie) processes of a process group."""
    if not os.path.isdir('/proc'):
        try:
            os.killpg(pgid, 0)
            return [pgid]
        except (ProcessLookupError, PermissionError):
            return []
    return [pid for pid, (pgrp, state) in _process_groups().items()
            if pgrp == pgid and state not in ('Z', 'X')]


def listening_addresses(pids):
    """(address, port) of the TCP sockets the processes listen on (Linux)."""
    inodes = set()
    for pid in pids:
        fd_dir = '/proc/%d/fd' % pid
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink('%s/%s' % (fd_dir, fd))
            except OSError:
                continue
            if target.startswith('socket:['):
                inodes.add(target[8:-1])
    found = []
    for table, family in (('/proc/net/tcp', socket.AF_INET),
                          ('/proc/net/tcp6', socket.AF_INET6)):
        try:
            with open(table) as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if cols[3] != '0A' or cols[9] not in inodes:  # 0A: LISTEN
                continue
            hexaddr, hexport = cols[1].split(':')
            raw = bytes.fromhex(hexaddr)
            # /proc prints the address as 32-bit words in host byte order.
            raw = b''.join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4)) \
                if sys.byteorder == 'little' else raw
            found.append((socket.inet_ntop(family, raw), int(hexport, 16)))
    return found


# ---------------------------------------------------------------------------
# The server object

_live = set()
_live_lock = threading.Lock()


class Server:
    """A running server. Use .url, .port, .pid; .stop() ends it."""

    def __init__(self, kind, port, proc, watchdog, watchdog_fd, workdir,
                 log_path, data_dir):
        self.kind = kind
        self.port = port
        self.url = 'http://%s:%d' % (LOOPBACK, port)
        self.pid = proc.pid
        self.pgid = watchdog.pid  # the group the watchdog leads
        self.workdir = workdir
        self.log_path = log_path
        self.data_dir = data_dir
        self.ready_seconds = None
        self._proc = proc
        self._watchdog = watchdog
        self._watchdog_fd = watchdog_fd
        self._stopped = False

    def __repr__(self):
        return '<Server %s %s pid %d>' % (self.kind, self.url, self.pid)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def running(self):
        return self._proc.poll() is None

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, errors='replace') as f:
                return ''.join(f.readlines()[-lines:])
        except OSError:
            return ''

    def _signal_group(self, sig):
        try:
            os.killpg(self.pgid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def stop(self, grace=STOP_GRACE):
        """SIGTERM to the process group, SIGKILL after `grace` seconds."""
        if self._stopped:
            return
        self._stopped = True
        with _live_lock:
            _live.discard(self)
        self._signal_group(signal.SIGTERM)
        try:
            self._proc.wait(grace)
        except subprocess.TimeoutExpired:
            self._signal_group(signal.SIGKILL)
            self._proc.wait()
        self._watchdog.wait()
        os.close(self._watchdog_fd)
        # Both children are reaped; other members (nginx's workers) may linger.
        if not self._group_gone(grace):
            self._signal_group(signal.SIGKILL)
            self._group_gone(grace)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _group_gone(self, within):
        deadline = time.monotonic() + within
        while group_members(self.pgid):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True


@atexit.register
def stop_all():
    """Stop every server still running (also run at interpreter exit)."""
    with _live_lock:
        servers = list(_live)
    for s in servers:
        s.stop()


# ---------------------------------------------------------------------------
# How each kind starts and how it tells it is ready

def _node():
    node = shutil.which('node')
    if not node:
        raise ServerError('node not found on PATH: run scripts/install-deps')
    return node


def _package(name):
    path = NODE_MODULES / name
    if not (path / 'package.json').is_file():
        raise ServerError(
            'the npm package %s is not installed in %s: run scripts/install-deps'
            % (name, NODE_MODULES))
    return path


def _node_cmd(*args, node_flags=()):
    # Every node server also gets the loopback-only preload, so none can
    # listen on another interface whatever its own defaults.
    return [_node(), *node_flags, '-r', str(HERE / 'loopback-only.js'), *args]


def _take(opts, allowed):
    unknown = set(opts) - set(allowed)
    if unknown:
        raise TypeError('unknown option(s) %s; allowed: %s'
                        % (', '.join(sorted(unknown)), ', '.join(sorted(allowed))))
    merged = dict(allowed)
    merged.update(opts)
    return merged


def _dynalite(port, work, data, opts):
    o = _take(opts, {'createTableMs': 50, 'deleteTableMs': None,
                     'updateTableMs': None, 'maxItemSizeKb': None})
    cmd = _node_cmd(str(_package('dynalite') / 'cli.js'),
                    '--host', LOOPBACK, '--port', str(port))
    for name, value in o.items():  # no --path: the store is in memory
        if value is not None:
            cmd += ['--' + name, str(value)]
    return cmd, {}


def _kinesalite(port, work, data, opts):
    o = _take(opts, {'createStreamMs': None, 'deleteStreamMs': None,
                     'updateStreamMs': None, 'shardLimit': None})
    _package('kinesalite')
    settings = {k: v for k, v in o.items() if v is not None}
    return _node_cmd(str(HERE / 'start-kinesalite.js'), str(port),
                     json.dumps(settings)), {}


def _s3rver(port, work, data, opts):
    o = _take(opts, {'any_key': True, 'allow_mismatched_signatures': False,
                     'vhost_buckets': True})
    preload = ['-r', str(HERE / 's3rver-any-key.js')] if o['any_key'] else []
    # --openssl-legacy-provider: s3rver's ListObjectsV2 continuation tokens
    # use a cipher that node 20's OpenSSL 3 only has in the legacy provider.
    cmd = _node_cmd(*preload, str(_package('s3rver') / 'bin' / 's3rver.js'),
                    '-d', data, '-a', LOOPBACK, '-p', str(port), '--silent',
                    node_flags=['--openssl-legacy-provider'])
    if o['allow_mismatched_signatures']:
        cmd.append('--allow-mismatched-signatures')
    if not o['vhost_buckets']:
        cmd.append('--no-vhost-buckets')
    return cmd, {}


def _fauxqs(port, work, data, opts):
    o = _take(opts, {'region': None})
    env = {'FAUXQS_PORT': str(port), 'FAUXQS_HOST': LOOPBACK,
           'FAUXQS_LOGGER': 'false'}
    if o['region']:
        env['FAUXQS_DEFAULT_REGION'] = o['region']
    return _node_cmd(str(_package('fauxqs') / 'dist' / 'cli.js')), env


def _ses(port, work, data, opts):
    _take(opts, {})
    return _node_cmd(str(_package('aws-ses-v2-local') / 'dist' / 'cli.js'),
                     '--host', LOOPBACK, '--port', str(port)), {}


def _eventstream(port, work, data, opts):
    _take(opts, {})
    return [sys.executable, str(HERE.parent / 'eventstream' / 'server.py'),
            '--port', str(port)], {}


_NGINX_DEFAULT_SERVER = '''\
        client_max_body_size 0;
        location = / {
            default_type @CONTENT_TYPE@;
            return 200 "@BODY@";
        }
        location / {
            root @DATA@;
            dav_methods PUT DELETE MKCOL;
            create_full_put_path on;
        }
'''

_NGINX_CONF = '''\
@USER@worker_processes @WORKERS@;
daemon off;
pid @PREFIX@/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path @PREFIX@/tmp/body;
    proxy_temp_path @PREFIX@/tmp/proxy;
    fastcgi_temp_path @PREFIX@/tmp/fastcgi;
    uwsgi_temp_path @PREFIX@/tmp/uwsgi;
    scgi_temp_path @PREFIX@/tmp/scgi;
    default_type application/octet-stream;
    keepalive_requests 1000000;
    server {
        listen @LISTEN@;
@SERVER@
    }
}
'''


def _nginx_binary():
    found = shutil.which('nginx')
    if found:
        return found
    for candidate in ('/usr/sbin/nginx', '/usr/local/sbin/nginx'):
        if os.access(candidate, os.X_OK):
            return candidate
    raise ServerError('nginx not found: run scripts/install-deps')


def _nginx(port, work, data, opts):
    """nginx with its own prefix and configuration, never the system one.

    Options: body / content_type (the canned reply at /), workers,
    server_conf or server_conf_file (the inside of the server block instead
    of the default), conf or conf_file (a whole configuration; it must say
    `daemon off;` and listen on 127.0.0.1:@PORT@). Configuration text may
    use @PORT@, @PREFIX@ (nginx's own folder) and @DATA@ (the data folder).
    """
    o = _take(opts, {'body': 'awsc test server\n', 'content_type': 'text/plain',
                     'workers': 1, 'server_conf': None, 'server_conf_file': None,
                     'conf': None, 'conf_file': None})
    prefix = os.path.join(work, 'nginx')
    os.makedirs(os.path.join(prefix, 'tmp'))
    if o['conf_file']:
        o['conf'] = Path(o['conf_file']).read_text()
    if o['server_conf_file']:
        o['server_conf'] = Path(o['server_conf_file']).read_text()
    if o['conf'] is not None:
        conf = o['conf']
    else:
        if '$' in o['body']:
            raise ValueError('nginx body: "$" would start an nginx variable')
        body = o['body'].replace('\\', '\\\\').replace('"', '\\"')
        server = o['server_conf'] if o['server_conf'] is not None else (
            _NGINX_DEFAULT_SERVER.replace('@BODY@', body)
            .replace('@CONTENT_TYPE@', o['content_type']))
        # As root, workers would run as nobody and could not write the
        # WebDAV folder; these throwaway servers keep root's identity.
        user = 'user root;\n' if os.geteuid() == 0 else ''
        conf = (_NGINX_CONF.replace('@SERVER@', server)
                .replace('@USER@', user)
                .replace('@WORKERS@', str(int(o['workers'])))
                .replace('@LISTEN@', '%s:@PORT@' % LOOPBACK))
    conf = (conf.replace('@PORT@', str(port)).replace('@PREFIX@', prefix)
            .replace('@DATA@', data))
    conf_path = os.path.join(prefix, 'nginx.conf')
    with open(conf_path, 'w') as f:
        f.write(conf)
    # -e: the compiled-in error log (/var/log/nginx) is opened before the
    # configuration is read; send it to the log file instead.
    return [_nginx_binary(), '-e', 'stderr', '-p', prefix + '/', '-c', conf_path], {}


def _group_listens(server, port):
    """Whether a process of the server's group listens on the port."""
    if not os.path.isdir('/proc/net'):
        return True  # no way to tell: rely on the probe alone
    pids = group_members(server.pgid)
    return any(p == port for _, p in listening_addresses(pids))


def _ready_json(service, content_type, target):
    def probe(port):
        status = json_rpc(port, service, content_type, target)[0]
        return status == 200
    return probe


def _ready_any(path):
    def probe(port):
        http_request(port, 'GET', path, timeout=2.0)
        return True  # any HTTP answer means the server is serving
    return probe


_KINDS = {
    'dynalite': (_dynalite, _ready_json(
        'dynamodb', 'application/x-amz-json-1.0', 'DynamoDB_20120810.ListTables')),
    'kinesalite': (_kinesalite, _ready_json(
        'kinesis', 'application/x-amz-json-1.1', 'Kinesis_20131202.ListStreams')),
    's3rver': (_s3rver, _ready_any('/')),
    'fauxqs': (_fauxqs, _ready_any('/health')),
    'ses': (_ses, _ready_any('/health-check')),
    'nginx': (_nginx, _ready_any('/')),
    'eventstream': (_eventstream, _ready_any('/')),
}


def start(kind, timeout=None, **opts):
    """Start a server of `kind` on a free 127.0.0.1 port, wait until ready.

    Raises ServerError (with the tail of the server's log) if it dies or is
    not ready within `timeout` seconds (AWSC_TEST_SERVER_TIMEOUT, default 60).
    """
    if kind not in _KINDS:
        raise ValueError('unknown server kind %r; kinds: %s' % (kind, ', '.join(KINDS)))
    timeout = READY_TIMEOUT if timeout is None else timeout
    # Another process may take the free port before the server binds it:
    # on "address in use" try again with a new port.
    for attempt in range(3):
        try:
            return _start_once(kind, timeout, opts)
        except _PortTaken:
            continue
    raise ServerError('%s: the chosen port was taken three times in a row' % kind)


class _PortTaken(Exception):
    pass


def _start_once(kind, timeout, opts):
    build, probe = _KINDS[kind]
    port = free_port()
    work = tempfile.mkdtemp(prefix='awsc-%s-' % kind)
    data = os.path.join(work, 'data')
    os.mkdir(data)
    try:
        cmd, env_extra = build(port, work, data, opts)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    env = dict(os.environ, **env_extra)
    log_path = os.path.join(work, 'server.log')
    t0 = time.monotonic()
    # The server's process group is led by watchdog.py, which holds the read
    # end of a pipe whose write end only this process has (os.pipe() ends
    # are not inherited). When this process dies, even by SIGKILL (a test
    # runner's timeout), the pipe reports end-of-file and the watchdog ends
    # the whole group (nginx's workers too, which outlive their master) and
    # removes the server's folder.
    read_fd, write_fd = os.pipe()
    watchdog = subprocess.Popen(
        [sys.executable, '-I', str(HERE / 'watchdog.py'), work], stdin=read_fd,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.setpgid(0, 0))
    os.close(read_fd)
    pgid = watchdog.pid
    with open(log_path, 'wb') as log:
        try:
            proc = subprocess.Popen(
                cmd, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, preexec_fn=lambda: os.setpgid(0, pgid))
        except (OSError, subprocess.SubprocessError) as e:
            watchdog.kill()
            watchdog.wait()
            os.close(write_fd)
            shutil.rmtree(work, ignore_errors=True)
            raise ServerError('%s: cannot run %s: %s' % (kind, cmd[0], e))
    server = Server(kind, port, proc, watchdog, write_fd, work, log_path, data)
    with _live_lock:
        _live.add(server)
    try:
        last_error = _wait_ready(server, probe, t0 + timeout)
    except BaseException:
        server.stop()
        raise
    if last_error is None:
        server.ready_seconds = time.monotonic() - t0
        return server

    tail = server.log_tail()
    code = server._proc.poll()
    server.stop()
    if code is None:
        raise ServerError('%s was not ready on port %d after %g s (%s).\n'
                          'command: %s\n--- its output ---\n%s'
                          % (kind, port, timeout, last_error, ' '.join(cmd), tail))
    if 'EADDRINUSE' in tail or 'Address already in use' in tail or port_in_use(port):
        raise _PortTaken()
    raise ServerError('%s exited with status %s before it was ready.\n'
                      'command: %s\n--- its output ---\n%s'
                      % (kind, code, ' '.join(cmd), tail))


def _wait_ready(server, probe, deadline):
    """None once the server answers; else why not, when it died or timed out."""
    last_error = 'not started'
    while server.running() and time.monotonic() < deadline:
        # Probe only once the port is the server's own: another process
        # that took the port meanwhile must not pass for this server.
        if not _group_listens(server, server.port):
            last_error = 'not listening yet'
        else:
            try:
                if probe(server.port):
                    return None
                last_error = 'not ready yet'
            except (OSError, http.client.HTTPException) as e:
                last_error = '%s: %s' % (type(e).__name__, e)
        time.sleep(0.05)
    return last_error


# ---------------------------------------------------------------------------
# Self test: one real request to each kind

def _check(server):
    """One real request to a running server -> (ok, description)."""
    port = server.port
    if server.kind == 'dynalite':
        status, _, body = json_rpc(port, 'dynamodb', 'application/x-amz-json-1.0',
                                   'DynamoDB_20120810.ListTables')
        return status == 200 and b'TableNames' in body, \
            'ListTables -> %d %s' % (status, body.decode(errors='replace'))
    if server.kind == 'kinesalite':
        status, _, body = json_rpc(port, 'kinesis', 'application/x-amz-json-1.1',
                                   'Kinesis_20131202.ListStreams')
        return status == 200 and b'StreamNames' in body, \
            'ListStreams -> %d %s' % (status, body.decode(errors='replace'))
    if server.kind == 's3rver':
        # An access key s3rver does not know by itself: accepted thanks to
        # the any-key preload.
        headers = sigv4_shaped_headers('s3', {
            'x-amz-content-sha256': 'UNSIGNED-PAYLOAD'}, access_key='AKIDEXAMPLE')
        status, _, body = http_request(port, 'GET', '/', headers=headers)
        return status == 200 and b'ListAllMyBucketsResult' in body, \
            'GET / (SigV4, key AKIDEXAMPLE) -> %d %d bytes ListAllMyBucketsResult=%s' % (
                status, len(body), b'ListAllMyBucketsResult' in body)
    if server.kind == 'fauxqs':
        headers = sigv4_shaped_headers('sns', {
            'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'})
        status, _, body = http_request(
            port, 'POST', '/', b'Action=ListTopics&Version=2010-03-31', headers)
        return status == 200 and b'ListTopicsResponse' in body, \
            'SNS ListTopics -> %d ListTopicsResponse=%s' % (
                status, b'ListTopicsResponse' in body)
    if server.kind == 'ses':
        status, _, body = http_request(port, 'GET', '/store')
        return status == 200, 'GET /store -> %d %s' % (status, body.decode(errors='replace'))
    if server.kind == 'nginx':
        status, _, body = http_request(port, 'GET', '/')
        ok = status == 200 and body == b'awsc test server\n'
        # The default configuration's WebDAV round trip.
        put = http_request(port, 'PUT', '/dav/a/b.txt', b'hello')[0]
        get = http_request(port, 'GET', '/dav/a/b.txt')
        delete = http_request(port, 'DELETE', '/dav/a/b.txt')[0]
        ok = ok and put == 201 and get[0] == 200 and get[2] == b'hello' and delete == 204
        return ok, 'GET / -> %d %r; PUT %d, GET %d %r, DELETE %d' % (
            status, body, put, get[0], get[2], delete)
    if server.kind == 'eventstream':
        status, headers, body = http_request(port, 'POST', '/model/ok/converse-stream', b'{}')
        return status == 200 and body.startswith(b'\x00\x00'), \
            'ConverseStream -> %d, %d bytes of event stream' % (status, len(body))
    raise ValueError(server.kind)


def pid_alive(pid):
    """Whether a process exists and is not a zombie."""
    try:
        with open('/proc/%d/stat' % pid) as f:
            stat = f.read()
        return stat[stat.rindex(')') + 2] not in 'ZX'
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
            return True
        except ProcessLookupError:
            return False


def selftest(kinds=KINDS):
    """Start each kind, make one real request, stop it, check nothing is left."""
    passed = failed = 0
    for kind in kinds:
        try:
            server = start(kind)
        except ServerError as e:
            print('FAIL %-10s %s' % (kind, e))
            failed += 1
            continue
        pids = [server.pid]
        try:
            members = group_members(server.pgid)
            pids = sorted(set(members) | {server.pid})
            ok, what = _check(server)
            addrs = sorted(set(listening_addresses(pids)))
            stray = [a for a in addrs if a[0] != LOOPBACK]
            if stray:
                ok = False
                what += '; listens beyond loopback: %s' % stray
        except (OSError, http.client.HTTPException) as e:
            ok, what = False, 'request failed: %s: %s' % (type(e).__name__, e)
            addrs = []
        ready = server.ready_seconds
        server.stop()
        left = sorted(set(p for p in pids if pid_alive(p)) | set(group_members(server.pgid)))
        if left:
            ok = False
            what += '; processes left after stop: %s' % left
        elif os.path.exists(server.workdir):
            ok = False
            what += '; folder left after stop: %s' % server.workdir
        if ok:
            passed += 1
        else:
            failed += 1
        print('%s %-10s ready in %.2fs, listening on %s; %s' % (
            'ok  ' if ok else 'FAIL', kind, ready,
            ', '.join('%s:%d' % a for a in addrs) or '?', what))
    with _live_lock:
        leftover = list(_live)
    if leftover:
        print('FAIL servers still registered: %s' % leftover)
        failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


# ---------------------------------------------------------------------------
# Command line

def _parse_kinds(text):
    kinds = [k for k in text.split(',') if k]
    for k in kinds:
        if k not in _KINDS:
            raise SystemExit('servers.py: unknown server kind %r; kinds: %s'
                             % (k, ', '.join(KINDS)))
    if not kinds:
        raise SystemExit('servers.py: no server kind given')
    return kinds


def _parse_opts(items, kinds):
    """-o KIND.NAME=VALUE -> {kind: {name: value}} (ints and true/false typed)."""
    per_kind = {k: {} for k in kinds}
    for item in items:
        key, sep, value = item.partition('=')
        kind, dot, name = key.partition('.')
        if not sep or not dot or kind not in per_kind:
            raise SystemExit('servers.py: bad option %r: want KIND.NAME=VALUE for '
                             'one of the kinds started' % item)
        if value.lower() in ('true', 'false'):
            value = value.lower() == 'true'
        elif value.lstrip('-').isdigit():
            value = int(value)
        per_kind[kind][name] = value
    return per_kind


class _Interrupted(Exception):
    def __init__(self, signum):
        self.signum = signum


def _raise_interrupted(signum, frame):
    raise _Interrupted(signum)


def _start_all(kinds, opts):
    started = []
    try:
        for kind in kinds:
            started.append(start(kind, **opts[kind]))
    except BaseException:
        for s in started:
            s.stop()
        raise
    return started


def cmd_run(kinds, opts, command):
    if not command:
        raise SystemExit('servers.py run: no command given after --')
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, _raise_interrupted)
    child = None
    started = []
    try:
        started = _start_all(kinds, opts)
        env = dict(os.environ)
        subst = {'{url}': started[0].url, '{port}': str(started[0].port)}
        for s in started:
            env['AWSC_TEST_%s_URL' % s.kind.upper()] = s.url
            subst['{%s_url}' % s.kind] = s.url
            subst['{%s_port}' % s.kind] = str(s.port)
        args = []
        for arg in command:
            for key, value in subst.items():
                arg = arg.replace(key, value)
            args.append(arg)
        try:
            child = exe_wrapper.Popen(args, env=env)
        except OSError as e:
            print('servers.py: cannot run %s: %s' % (args[0], e), file=sys.stderr)
            return 127
        code = child.wait()
        for s in started:
            if not s.running():
                print('servers.py: %s died during the command; its output:\n%s'
                      % (s.kind, s.log_tail()), file=sys.stderr)
        return code if code >= 0 else 128 - code
    except _Interrupted as e:
        if child is not None and child.poll() is None:
            child.send_signal(e.signum)
            try:
                child.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        return 128 + e.signum
    except (ServerError, TypeError, ValueError) as e:
        print('servers.py: %s' % e, file=sys.stderr)
        return 1
    finally:
        for s in started:
            s.stop()


def cmd_serve(kinds, opts):
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, _raise_interrupted)
    started = []
    try:
        started = _start_all(kinds, opts)
        for s in started:
            print('%s %s (pid %d, data %s)' % (s.kind, s.url, s.pid, s.data_dir),
                  flush=True)
        while all(s.running() for s in started):
            time.sleep(0.5)
        for s in started:
            if not s.running():
                print('%s exited:\n%s' % (s.kind, s.log_tail()), file=sys.stderr)
        return 1
    except _Interrupted:
        return 0
    except (ServerError, TypeError, ValueError) as e:
        print('servers.py: %s' % e, file=sys.stderr)
        return 1
    finally:
        for s in started:
            s.stop()


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    command = []
    if '--' in argv:
        split = argv.index('--')
        argv, command = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser(
        prog='servers.py', description='Local test servers on 127.0.0.1.',
        epilog='kinds: ' + ', '.join(KINDS))
    sub = parser.add_subparsers(dest='action', required=True)
    run = sub.add_parser('run', help='start servers, run a command, stop them',
                         usage='servers.py run KIND[,KIND...] [-o KIND.NAME=VALUE] -- CMD [ARG...]')
    run.add_argument('kinds')
    run.add_argument('-o', dest='opts', action='append', default=[],
                     metavar='KIND.NAME=VALUE', help='an option for start()')
    serve = sub.add_parser('serve', help='start servers and wait for Ctrl-C')
    serve.add_argument('kinds')
    serve.add_argument('-o', dest='opts', action='append', default=[],
                       metavar='KIND.NAME=VALUE')
    test = sub.add_parser('selftest', help='start each kind, make one request, stop')
    test.add_argument('kinds', nargs='?', default=','.join(KINDS))
    args = parser.parse_args(argv)

    kinds = _parse_kinds(args.kinds)
    if args.action == 'selftest':
        return selftest(kinds)
    opts = _parse_opts(args.opts, kinds)
    if args.action == 'serve':
        return cmd_serve(kinds, opts)
    return cmd_run(kinds, opts, command)


if __name__ == '__main__':
    sys.exit(main())
