"""Local fakes of what credential providers talk to, all on 127.0.0.1.

- IMDS: PUT /latest/api/token, GET .../iam/security-credentials/[ROLE],
  GET .../placement/availability-zone/.
- The container endpoint: GET of any path.
- "The internet": an HTTP proxy. CONNECT to port 443 of any host is
  answered with TLS under a certificate for that host, signed by a CA made
  here (clients trust it through AWS_CA_BUNDLE), and the requests inside
  are served as STS (sts*.amazonaws.com), SSO (portal.sso.*) and SSO-OIDC
  (oidc.*) would serve them. Plain HTTP requests through it (an IMDS at
  169.254.169.254 or [fd00:ec2::254]) go to the IMDS fake.

So botocore and awsc are redirected alike, by the environment only
(https_proxy, no_proxy, AWS_CA_BUNDLE, AWS_EC2_METADATA_SERVICE_ENDPOINT,
AWS_CONTAINER_CREDENTIALS_FULL_URI) and each resolves its endpoints itself.

Every request is recorded, reduced to what the comparison cares about.
Answers follow a per-scenario behaviour and are deterministic: the same
requests in the same order get the same credentials.
"""
import datetime
import hashlib
import http.server
import json
import os
import re
import socket
import ssl
import threading
import time
import urllib.parse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

FAR = "2099-01-01T00:00:00Z"  # an expiration nobody refreshes


def iso(epoch):
    return datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def normalize_session_name(name):
    """botocore's default session name and awsc's differ on purpose."""
    if name and re.fullmatch(r"(botocore|awsc)-session-\d+", name):
        return "<generated>"
    return name


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 256


class Fakes:
    def __init__(self, workdir):
        self.workdir = workdir
        self.lock = threading.Lock()
        self.records = []
        self.behaviour = {}
        self.counters = {}
        self.issued_tokens = set()
        self._ca()
        self._contexts = {}
        self.imds = self._serve(self._handler("imds"))
        self.container = self._serve(self._handler("container"))
        self.proxy = self._serve(self._proxy_handler())

    # ---------------------------------------------------------- plumbing
    def _serve(self, handler):
        srv = _Server(("127.0.0.1", 0), handler)
        srv.daemon_threads = True
        # a client that gave up (a timeout under test) is no news
        srv.handle_error = lambda request, address: None
        t = threading.Thread(target=srv.serve_forever, daemon=True)
        t.start()
        return srv

    def url(self, srv):
        return "http://127.0.0.1:%d" % srv.server_address[1]

    def close(self):
        for s in (self.imds, self.container, self.proxy):
            s.shutdown()
            s.server_close()

    def reset(self, behaviour):
        with self.lock:
            self.records = []
            self.behaviour = dict(behaviour or {})
            self.counters = {}
            self.issued_tokens = set()

    def take(self):
        with self.lock:
            r = self.records
            self.records = []
            return r

    def _record(self, rec):
        with self.lock:
            self.records.append(rec)

    def _next(self, key):
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]

    # ------------------------------------------------------- TLS and CA
    def _ca(self):
        now = datetime.datetime.utcnow()
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "awsc test CA")])
        ski = x509.SubjectKeyIdentifier.from_public_key(self.ca_key.public_key())
        self.ca_cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .add_extension(ski, critical=False)
            .sign(self.ca_key, hashes.SHA256()))
        self.ca_file = os.path.join(self.workdir, "ca.pem")
        with open(self.ca_file, "wb") as f:
            f.write(self.ca_cert.public_bytes(serialization.Encoding.PEM))

    def _context(self, host):
        with self.lock:
            ctx = self._contexts.get(host)
        if ctx:
            return ctx
        now = datetime.datetime.utcnow()
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(self.ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.ca_key.public_key()), critical=False)
            .sign(self.ca_key, hashes.SHA256()))
        base = os.path.join(self.workdir, "host-" + re.sub(r"[^a-z0-9.-]", "_", host))
        with open(base + ".crt", "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        with open(base + ".key", "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(base + ".crt", base + ".key")
        with self.lock:
            self._contexts[host] = ctx
        return ctx

    # --------------------------------------------------------- handlers
    def _handler(self, server):
        fakes = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _any(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                host = self.headers.get("Host", "")
                status, headers, out = fakes.route(server, self.command, host, self.path,
                                                   self.headers, body)
                if status is None:  # hang up without answering
                    self.close_connection = True
                    return
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_PUT = do_POST = _any

        return H

    def _proxy_handler(self):
        fakes = self
        inner = self._handler("tls")

        class P(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_CONNECT(self):
                host, _, port = self.path.rpartition(":")
                self.send_response(200, "Connection established")
                self.end_headers()
                try:
                    tls = fakes._context(host.strip("[]")).wrap_socket(self.connection,
                                                                       server_side=True)
                except (ssl.SSLError, OSError):
                    self.close_connection = True
                    return
                try:
                    inner(tls, self.client_address, self.server)
                except (ssl.SSLError, OSError, ConnectionError):
                    pass
                self.close_connection = True

            def _forward(self):
                # an absolute URL: a plain HTTP request through the proxy
                u = urllib.parse.urlsplit(self.path)
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                path = u.path + ("?" + u.query if u.query else "")
                # the link-local hosts of ECS and EKS Pod Identity serve
                # container credentials; the others are an IMDS
                server = "container" if u.hostname in ("169.254.170.2", "169.254.170.23",
                                                       "fd00:ec2::23") else "imds"
                status, headers, out = fakes.route(server, self.command, u.netloc, path,
                                                   self.headers, body)
                if status is None:
                    self.close_connection = True
                    return
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_PUT = do_POST = _forward

        return P

    # ------------------------------------------------------------ routing
    def route(self, server, method, host, path, headers, body):
        if server == "tls":
            h = host.split(":")[0]
            if h.startswith("sts.") or h == "sts.amazonaws.com":
                return self._sts(method, host, path, headers, body)
            if h.startswith("portal.sso."):
                return self._sso(method, host, path, headers, body)
            if h.startswith("oidc."):
                return self._oidc(method, host, path, headers, body)
            self._record({"server": "unknown", "method": method, "host": host, "path": path})
            return 404, [], b"no such fake"
        if server == "imds":
            return self._imds(method, host, path, headers, body)
        return self._container(method, host, path, headers, body)

    # IMDS
    def _imds(self, method, host, path, headers, body):
        b = self.behaviour
        token = headers.get("x-aws-ec2-metadata-token")
        rec = {"server": "imds", "method": method, "path": path,
               "ttl": headers.get("x-aws-ec2-metadata-token-ttl-seconds"),
               "token": None if token is None else
               ("issued" if token in self.issued_tokens else "bogus")}
        if host and not host.startswith("127.0.0.1"):
            rec["host"] = host
        self._record(rec)
        if method == "PUT" and path == "/latest/api/token":
            how = b.get("imds_token", "ok")
            if isinstance(how, (int, float)) and how < 100:  # seconds to stall
                time.sleep(how)
                how = "ok"
            if how == "ok":
                tok = "imds-token-%d" % self._next("imds-token")
                with self.lock:
                    self.issued_tokens.add(tok)
                return 200, [("x-aws-ec2-metadata-token-ttl-seconds", "21600")], tok.encode()
            return int(how), [], b""
        if method != "GET":
            return 405, [], b""
        if token is None and not b.get("imds_v1", True):
            return 401, [], b""
        if token is not None and token not in self.issued_tokens:
            return 401, [], b""
        base = "/latest/meta-data/iam/security-credentials/"
        if path == "/latest/meta-data/placement/availability-zone/":
            az = b.get("imds_az")
            return (200, [], az.encode()) if az else (404, [], b"")
        if path == base:
            role = b.get("imds_role")
            return (200, [], role.encode()) if role else (404, [], b"")
        if path.startswith(base) and b.get("imds_role") == path[len(base):]:
            n = self._next("imds-creds")
            exp = b.get("imds_expiration", FAR)
            doc = {"Code": "Success", "LastUpdated": "2024-01-01T00:00:00Z", "Type": "AWS-HMAC",
                   "AccessKeyId": "ASIAIMDS%04d" % n, "SecretAccessKey": "imds-secret-%d" % n,
                   "Token": "imds-session-%d" % n, "Expiration": exp(n) if callable(exp) else exp}
            return 200, [("Content-Type", "text/plain")], json.dumps(doc).encode()
        return 404, [], b""

    # the container endpoint
    def _container(self, method, host, path, headers, body):
        rec = {"server": "container", "method": method, "path": path,
               "authorization": headers.get("Authorization"), "accept": headers.get("Accept")}
        if host and not host.startswith("127.0.0.1"):
            rec["host"] = host
        self._record(rec)
        n = self._next("container")
        answers = self.behaviour.get("container", ["ok"])
        how = answers[min(n, len(answers)) - 1]
        if how == "ok" or callable(how):
            exp = how(n) if callable(how) else FAR
            doc = {"AccessKeyId": "ASIACONT%04d" % n, "SecretAccessKey": "container-secret-%d" % n,
                   "Token": "container-session-%d" % n, "Expiration": exp,
                   "RoleArn": "arn:aws:iam::111122223333:role/task", "AccountId": "111122223333"}
            return 200, [("Content-Type", "application/json")], json.dumps(doc).encode()
        if how == "notjson":
            return 200, [], b"<html>not json</html>"
        return int(how), [], b'{"message": "failed"}'

    # STS (query protocol)
    def _sts(self, method, host, path, headers, body):
        form = dict(urllib.parse.parse_qsl(body.decode()))
        auth = headers.get("Authorization")
        scope = None
        if auth:
            m = re.search(r"Credential=([^/]+)/\d{8}/([^/]+)/([^/]+)/aws4_request", auth)
            scope = "%s/%s/%s" % m.groups() if m else auth
        rec = {"server": "sts", "method": method, "host": host, "path": path,
               "action": form.get("Action"), "version": form.get("Version"),
               "auth": scope, "security_token": headers.get("X-Amz-Security-Token")}
        for k in ("RoleArn", "RoleSessionName", "ExternalId", "DurationSeconds", "SerialNumber",
                  "TokenCode", "WebIdentityToken"):
            if k in form:
                rec[k] = normalize_session_name(form[k]) if k == "RoleSessionName" else form[k]
        self._record(rec)
        fail = self.behaviour.get("sts_error")
        if fail:
            code, message = fail
            xml = ("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                   "<Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>"
                   "<RequestId>r-1</RequestId></ErrorResponse>" % (code, message))
            return 403, [("Content-Type", "text/xml")], xml.encode()
        action = form.get("Action")
        n = self._next("sts")
        role = form.get("RoleArn", "")
        tag = hashlib.sha1(("%s|%d" % (role, n)).encode()).hexdigest()[:8].upper()
        exp = self.behaviour.get("sts_expiration", FAR)
        extra = ""
        if action == "AssumeRoleWithWebIdentity":
            extra = ("<SubjectFromWebIdentityToken>subject</SubjectFromWebIdentityToken>"
                     "<Audience>client</Audience><Provider>issuer</Provider>")
        xml = ("<%sResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><%sResult>%s"
               "<Credentials><AccessKeyId>ASIA%s</AccessKeyId>"
               "<SecretAccessKey>sts-secret-%s</SecretAccessKey>"
               "<SessionToken>sts-session-%s</SessionToken>"
               "<Expiration>%s</Expiration></Credentials>"
               "<AssumedRoleUser><AssumedRoleId>AROA:x</AssumedRoleId><Arn>%s/x</Arn>"
               "</AssumedRoleUser></%sResult><ResponseMetadata><RequestId>req-%d</RequestId>"
               "</ResponseMetadata></%sResponse>"
               % (action, action, extra, tag, tag, tag, exp, role, action, n, action))
        return 200, [("Content-Type", "text/xml")], xml.encode()

    # SSO portal: GetRoleCredentials
    def _sso(self, method, host, path, headers, body):
        u = urllib.parse.urlsplit(path)
        q = dict(urllib.parse.parse_qsl(u.query))
        token = headers.get("x-amz-sso_bearer_token")
        self._record({"server": "sso", "method": method, "host": host, "path": u.path,
                      "query": q, "bearer": token, "auth": headers.get("Authorization")})
        valid = self.behaviour.get("sso_tokens", [])
        if token not in valid:
            return (401, [("Content-Type", "application/json"),
                          ("x-amzn-ErrorType", "UnauthorizedException")],
                    b'{"message": "Session token not found or invalid"}')
        n = self._next("sso")
        doc = {"roleCredentials": {"accessKeyId": "ASIASSO%04d" % n,
                                   "secretAccessKey": "sso-secret-%d" % n,
                                   "sessionToken": "sso-session-%d" % n,
                                   "expiration": 4070908800000}}
        return 200, [("Content-Type", "application/json")], json.dumps(doc).encode()

    # SSO-OIDC: CreateToken
    def _oidc(self, method, host, path, headers, body):
        doc = json.loads(body or b"{}")
        self._record({"server": "oidc", "method": method, "host": host, "path": path,
                      "body": doc, "auth": headers.get("Authorization")})
        n = self._next("oidc")
        out = {"accessToken": "refreshed-access-%d" % n, "tokenType": "Bearer",
               "expiresIn": 28800, "refreshToken": "refreshed-refresh-%d" % n}
        return 200, [("Content-Type", "application/json")], json.dumps(out).encode()
