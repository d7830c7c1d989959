"""The output formats end to end against /usr/bin/aws itself.

aws_cli.py FORMAT_RUN DATA_DIR

A server on 127.0.0.1 answers DynamoDB DescribeTable with
DATA_DIR/DescribeTable.json and STS GetCallerIdentity with a fixed
document. For each call, the AWS CLI's --output json is the document
FORMAT_RUN formats in every other format (titled with the operation's name,
80 columns, as the AWS CLI does when stdout is not a terminal); the bytes
must equal what the AWS CLI prints with that --output.
"""
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

STS_BODY = b'''<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/DevAdmin</Arn>
    <UserId>AIDASAMPLEUSERID</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>'''


def make_handler(data_dir):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get('Content-Length', 0)))
            target = self.headers.get('X-Amz-Target', '')
            if target.startswith('DynamoDB_20120810.'):
                with open(os.path.join(data_dir, target.split('.', 1)[1] + '.json'), 'rb') as f:
                    body, ctype = f.read(), 'application/x-amz-json-1.0'
            else:
                body, ctype = STS_BODY, 'text/xml'
            self.send_response(200)
            self.send_header('Content-Type', ctype)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    return Handler


def main():
    run, data_dir = sys.argv[1:3]
    aws = shutil.which('aws', path='/usr/bin')
    if not aws:
        print('SKIP: no /usr/bin/aws')
        return 77
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), make_handler(data_dir))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = 'http://127.0.0.1:%d' % server.server_address[1]
    env = dict(os.environ, AWS_ACCESS_KEY_ID='AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY='secret',
               AWS_DEFAULT_REGION='us-east-1', AWS_CONFIG_FILE='/nonexistent',
               AWS_SHARED_CREDENTIALS_FILE='/nonexistent', AWS_PAGER='')
    calls = [('GetCallerIdentity', ['sts', 'get-caller-identity']),
             ('DescribeTable', ['dynamodb', 'describe-table', '--table-name', 'orders'])]
    cases = same = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for op, argv in calls:
                def aws_output(fmt):
                    p = subprocess.run([aws] + argv + ['--endpoint-url', url, '--output', fmt],
                                       env=env, capture_output=True, stdin=subprocess.DEVNULL)
                    if p.returncode != 0:
                        sys.exit('aws %s --output %s failed: %s' % (' '.join(argv), fmt,
                                                                    p.stderr.decode()))
                    return p.stdout
                doc = os.path.join(tmp, op + '.json')
                with open(doc, 'wb') as f:
                    f.write(aws_output('json'))
                for fmt in ('json', 'text', 'table', 'yaml', 'yaml-stream'):
                    cases += 1
                    want = aws_output(fmt)
                    got = subprocess.run([run, fmt, '--title', op, '--width', '80', doc],
                                         capture_output=True, check=True).stdout
                    if want == got:
                        same += 1
                    else:
                        print('%s --output %s differs:\n  aws:  %r\n  awsc: %r' % (op, fmt, want, got))
    finally:
        server.shutdown()
    print('%d/%d calls x formats identical to /usr/bin/aws' % (same, cases))
    return 0 if same == cases else 1


if __name__ == '__main__':
    sys.exit(main())
