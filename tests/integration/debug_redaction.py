#!/usr/bin/python3
"""Secrets stay out of the debug log: STS through the awsc tool.

    debug_redaction.py AWSC MODELS

A fake STS on 127.0.0.1 answers GetSessionToken, AssumeRole and
AssumeRoleWithWebIdentity with the XML STS sends (botocore's query parser,
fed the same bytes with the STS model in MODELS, reads the credentials out
of each: that is the check that the fake speaks as STS does). awsc runs
each operation with --debug, and:

- stderr (the debug log: the request, the canonical request, the response)
  holds neither the secret access key nor the session token of the
  response, nor the web identity token of the request, nor the caller's
  own secret key;
- it still holds what is not sensitive: the access key id, the expiration,
  the assumed role's ARN and id, the role ARN and session name of the
  request;
- stdout, the output the user asked for, holds the credentials whole.

botocore's own debug log prints the response body as it came, credentials
and all: awsc differs there on purpose.
"""
import http.server
import json
import os
import sys
import threading
from urllib.parse import parse_qs, quote_plus

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY-RESPONSE-SECRET'
TOKEN = 'FwoGZXIvYXdzEJr-RESPONSE-SESSION-TOKEN-very-long-AQoDYXdzEJr'
WEB_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.REQUEST-WEB-IDENTITY-TOKEN.sig'
CALLER_SECRET = 'caller/secret/DO-NOT-LOG-0123456789'
ACCESS_KEY = 'ASIAFAKESTSKEY000001'
EXPIRATION = '2031-04-05T06:07:08Z'
ROLE_ARN = 'arn:aws:iam::123456789012:role/visible-role'
ASSUMED_ARN = 'arn:aws:sts::123456789012:assumed-role/visible-role/visible-session'
ASSUMED_ID = 'AROAVISIBLEROLEID0001:visible-session'
NS = 'https://sts.amazonaws.com/doc/2011-06-15/'

CREDENTIALS = ('<Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey>'
               '<SessionToken>%s</SessionToken><Expiration>%s</Expiration></Credentials>'
               % (ACCESS_KEY, SECRET, TOKEN, EXPIRATION))
ASSUMED = ('<AssumedRoleUser><AssumedRoleId>%s</AssumedRoleId><Arn>%s</Arn></AssumedRoleUser>'
           % (ASSUMED_ID, ASSUMED_ARN))


def response(action, result):
    return ('<%sResponse xmlns="%s">\n  <%sResult>\n    %s\n  </%sResult>\n'
            '  <ResponseMetadata>\n    <RequestId>4b1d1e7c-request-id</RequestId>\n'
            '  </ResponseMetadata>\n</%sResponse>\n' % (action, NS, action, result, action,
                                                        action)).encode()


BODIES = {
    'GetSessionToken': response('GetSessionToken', CREDENTIALS),
    'AssumeRole': response('AssumeRole', CREDENTIALS + ASSUMED +
                           '<PackedPolicySize>6</PackedPolicySize>'),
    'AssumeRoleWithWebIdentity': response(
        'AssumeRoleWithWebIdentity', CREDENTIALS + ASSUMED +
        '<SubjectFromWebIdentityToken>visible-subject</SubjectFromWebIdentityToken>'
        '<Audience>visible-audience</Audience><Provider>visible-provider</Provider>'),
}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


class FakeSts(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    seen = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        n = int(self.headers.get('Content-Length', '0'))
        form = parse_qs(self.rfile.read(n).decode())
        FakeSts.seen.append(form)
        body = BODIES.get(form.get('Action', [''])[0])
        if body is None:
            body = b'<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>'
        self.send_response(200 if form.get('Action', [''])[0] in BODIES else 400)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('x-amzn-RequestId', '4b1d1e7c-request-id')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def botocore_reads_them(models):
    """botocore's query parser reads the fake's bodies as STS responses."""
    os.environ['AWS_DATA_PATH'] = models
    import botocore.parsers
    import botocore.session
    model = botocore.session.get_session().get_service_model('sts')
    parser = botocore.parsers.create_parser('query')
    for op, body in BODIES.items():
        out = parser.parse({'body': body, 'headers': {}, 'status_code': 200},
                           model.operation_model(op).output_shape)
        creds = out.get('Credentials', {})
        check(creds.get('SecretAccessKey') == SECRET and creds.get('SessionToken') == TOKEN and
              creds.get('AccessKeyId') == ACCESS_KEY,
              'botocore does not read the fake %s response as STS credentials: %r' % (op, out))
        if op != 'GetSessionToken':
            check(out.get('AssumedRoleUser', {}).get('Arn') == ASSUMED_ARN,
                  'botocore: %s AssumedRoleUser %r' % (op, out))


def main():
    awsc, models = sys.argv[1], sys.argv[2]
    botocore_reads_them(models)
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), FakeSts)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = 'http://127.0.0.1:%d' % server.server_port
    env = {k: v for k, v in os.environ.items() if not k.startswith('AWS_')}
    env.update({'AWS_ACCESS_KEY_ID': 'AKIDCALLER', 'AWS_SECRET_ACCESS_KEY': CALLER_SECRET,
                'AWS_DEFAULT_REGION': 'us-east-1', 'AWS_CONFIG_FILE': '/nonexistent',
                'AWS_SHARED_CREDENTIALS_FILE': '/nonexistent'})
    runs = [
        ('GetSessionToken', ['get-session-token', '--duration-seconds', '900'], []),
        ('AssumeRole', ['assume-role', '--role-arn', ROLE_ARN, '--role-session-name',
                        'visible-session'], [quote_plus(ROLE_ARN), 'visible-session', ASSUMED_ARN,
                                             ASSUMED_ID, 'PackedPolicySize']),
        ('AssumeRoleWithWebIdentity',
         ['assume-role-with-web-identity', '--role-arn', ROLE_ARN, '--role-session-name',
          'visible-session', '--web-identity-token', WEB_TOKEN],
         [quote_plus(ROLE_ARN), ASSUMED_ARN, 'visible-subject', 'visible-provider']),
    ]
    try:
        for op, args, visible in runs:
            FakeSts.seen = []
            p = exe_wrapper.run([awsc, '--debug', 'sts'] + args + ['--endpoint-url', url],
                                env=env, capture_output=True, text=True, timeout=60)
            what = 'sts %s --debug' % args[0]
            if not check(p.returncode == 0, '%s: exit %d: %s' % (what, p.returncode,
                                                                p.stderr[-800:])):
                continue
            log = p.stderr
            for secret, name in ((SECRET, 'the secret access key'),
                                 (TOKEN, 'the session token'),
                                 (WEB_TOKEN, 'the web identity token'),
                                 (CALLER_SECRET, "the caller's secret key")):
                check(secret not in log, '%s: %s is in the debug log' % (what, name))
            for text in [ACCESS_KEY, EXPIRATION, 'AccessKeyId', 'SecretAccessKey>&lt;redacted',
                         'SessionToken>&lt;redacted', 'Action=' + op] + visible:
                check(text in log, '%s: %r is not in the debug log' % (what, text))
            out = json.loads(p.stdout)
            check(out['Credentials']['SecretAccessKey'] == SECRET and
                  out['Credentials']['SessionToken'] == TOKEN,
                  '%s: the output lacks the credentials: %r' % (what, out))
            sent = FakeSts.seen[0] if FakeSts.seen else {}
            if op == 'AssumeRoleWithWebIdentity':
                check(sent.get('WebIdentityToken') == [WEB_TOKEN],
                      '%s: the token was not sent: %r' % (what, sent))
                check('WebIdentityToken=%3Credacted%3E' in log,
                      '%s: the request body is not in the log, redacted' % what)
            body_lines = [line for line in log.splitlines() if 'body:' in line]
            print('%s: %d log lines; body lines:' % (what, len(log.splitlines())))
            for line in body_lines:
                print('    ' + line[:400])
    finally:
        server.shutdown()
        server.server_close()
    print('FAILED: %d' % len(failures) if failures else 'ok')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
