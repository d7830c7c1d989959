#!/usr/bin/python3
"""The awsc command-line tool against dynalite, compared with the AWS CLI.

    cli.py AWSC DYNALITE_URL [KINESALITE_URL]

- Success output is JSON shaped like `/usr/bin/aws ... --output json`: the
  same text for GetItem, ListTables, Query and Scan, and the same members
  in the same order for CreateTable and DescribeTable, where only the
  timestamps' text may differ (they must name the same instant).
- Errors: the AWS CLI's message on stderr and its exit codes (254 for a
  service error, 252 for bad parameters), nothing on stdout.
- --cli-input-json with @file and inline JSON, command-line members taking
  precedence over the file's, as in the AWS CLI.
- Kinesis outputs (with a KINESALITE_URL): the same as the AWS CLI's.
- rds generate-db-auth-token: the AWS CLI's token but for its time and
  signature (each tool reads its own clock); bad ports refused with 252.
- --debug logs the request on stderr without the secret key, the session
  token or the signature (checked against a capturing HTTP server that sees
  the real Authorization header), with credentials from the environment and
  from a profile in ~/.aws/credentials.

Format differences from the AWS CLI are printed as NOTE lines.
Exits non-zero when any check fails.
"""

import base64
import datetime
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS_CLI = '/usr/bin/aws'  # Debian's awscli; another `aws` may come first on PATH
TABLE = 'awsc-cli-table'
TABLE2 = 'awsc-cli-table-2'
SECRET = 'awsc/cli/secret/key/DO-NOT-PRINT-0123456789'
ACCESS_KEY = 'AKIDAWSCCLITEST'
TOKEN = 'awsc-cli-session-token-DO-NOT-PRINT-abcdefghijklmnop'

failures = []
notes = set()

# Checks that fail because of a reported awsc bug. Each still runs: while it
# fails it prints KNOWN BUG; once it passes it fails the run until its name
# is taken off this list. AWSC_TEST_STRICT=1 counts them as failures.
KNOWN_BUGS = set()
known_seen = set()


def check(cond, what, known=None):
    if known and known in KNOWN_BUGS and os.environ.get('AWSC_TEST_STRICT') != '1':
        known_seen.add(known)
        if cond:
            failures.append(what)
            print('FAIL %s: passes now; take %r off KNOWN_BUGS' % (what, known),
                  file=sys.stderr)
        else:
            print('KNOWN BUG (%s) %s' % (known, what))
        return cond
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


def note(what, kind=None):
    """Prints a format difference once per kind."""
    kind = kind or what
    if kind not in notes:
        notes.add(kind)
        print('NOTE', what)


def set_up_env(home):
    for name in list(os.environ):
        if name.startswith('AWS_'):
            del os.environ[name]
    os.environ.update({
        'AWS_ACCESS_KEY_ID': ACCESS_KEY,
        'AWS_SECRET_ACCESS_KEY': SECRET,
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_PAGER': '',
        'HOME': home,
    })


class Result:
    def __init__(self, argv, p):
        self.argv = argv
        self.code = p.returncode
        self.out = p.stdout.decode('utf-8')
        self.err = p.stderr.decode('utf-8', errors='replace')


def run(argv, env=None):
    p = exe_wrapper.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        stdin=subprocess.DEVNULL, timeout=120, env=env)
    return Result(argv, p)


def pairs(text):
    """JSON text -> nested lists of (key, value) pairs: order is kept."""
    return json.loads(text, object_pairs_hook=lambda kv: ('{}', kv))


# A timestamp as either tool prints it, quotes included.
TIME_TEXT = r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)"'
ISO = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$')


def instant(text):
    t = text.replace('Z', '+00:00')
    return datetime.datetime.fromisoformat(t)


def compare(want, got, path='$'):
    """The first difference between two pair-trees (from pairs()), or None.
    Timestamps compare as instants; a differing text is noted."""
    if isinstance(want, tuple) and isinstance(got, tuple):
        wk = [k for k, _ in want[1]]
        gk = [k for k, _ in got[1]]
        if wk != gk:
            return '%s: members %s, the AWS CLI has %s' % (path, gk, wk)
        for (k, a), (_, b) in zip(want[1], got[1]):
            d = compare(a, b, '%s.%s' % (path, k))
            if d:
                return d
        return None
    if isinstance(want, list) and isinstance(got, list):
        if len(want) != len(got):
            return '%s: %d items, the AWS CLI has %d' % (path, len(got), len(want))
        for i, (a, b) in enumerate(zip(want, got)):
            d = compare(a, b, '%s[%d]' % (path, i))
            if d:
                return d
        return None
    if isinstance(want, str) and isinstance(got, str) and want != got and \
            ISO.match(want) and ISO.match(got):
        if instant(want) != instant(got):
            return '%s: the instant %s, the AWS CLI has %s' % (path, got, want)
        note('timestamps: awsc prints %s where the AWS CLI prints %s (the same instant)'
             % (got, want), 'timestamps' + ('.' if '.' in want else ''))
        return None
    if type(want) is not type(got) or want != got:
        return '%s: %r, the AWS CLI has %r' % (path, got, want)
    return None


def same_output(awsc, url, args, aws_extra=(), exact_text=True, masks=(),
                service='dynamodb'):
    """Runs awsc and the AWS CLI with the same arguments and compares."""
    a = run([awsc, service] + args + ['--endpoint-url', url] + list(aws_extra))
    b = run([AWS_CLI, service] + args + ['--endpoint-url', url, '--output', 'json']
            + list(aws_extra))
    what = service + ' ' + args[0]
    ok = check(a.code == 0 and b.code == 0, '%s: awsc exit %d (%s), aws exit %d (%s)'
               % (what, a.code, a.err.strip(), b.code, b.err.strip()))
    if not ok:
        return None
    check(a.err == '', '%s: awsc wrote to stderr: %r' % (what, a.err))
    out_a, out_b = a.out, b.out
    for pattern, repl in masks:
        out_a = re.sub(pattern, repl, out_a)
        out_b = re.sub(pattern, repl, out_b)
    if not out_b.strip():
        check(out_a == '', '%s: the AWS CLI prints nothing, awsc %r' % (what, out_a))
        return a
    try:
        pa = pairs(out_a)
    except ValueError as e:
        check(False, '%s: awsc printed invalid JSON (%s): %r' % (what, e, out_a[:500]))
        return None
    d = compare(pairs(out_b), pa)
    check(d is None, '%s: %s' % (what, d))
    if exact_text and d is None:
        # The instants are the same (compared above): only their text may differ.
        out_a = re.sub(TIME_TEXT, '"<time>"', out_a)
        out_b = re.sub(TIME_TEXT, '"<time>"', out_b)
        check(out_a == out_b, '%s: the same values but not the same text:\n--- awsc\n%s'
              '--- aws\n%s' % (what, out_a, out_b))
    return a


# ---------------------------------------------------------------------------

RICH_ITEM = {
    'pk': {'S': 'item-\u00e9\U0001F600'},
    'sk': {'N': '1'},
    'g': {'S': 'group-a'},
    'text': {'S': 'h\u00e9llo \u4e2d\u6587 \U0001F44D quote" back\\ tab\t nl\n ctl\x01 del\x7f'},
    'empty': {'S': ''},
    'bin': {'B': base64.b64encode(bytes(range(256))).decode()},
    'bin_empty': {'B': ''},
    'big': {'N': '12345678901234567890123456789012345678'},
    'frac': {'N': '-0.000000000000000000000000000000000012345'},
    'ss': {'SS': ['a', '\u00fc', '\U0001F600']},
    'ns': {'NS': ['1', '2.5', '-3']},
    'bs': {'BS': ['AA==', '/w==', 'AP8=']},
    'm': {'M': {'inner': {'L': [{'S': 'x'}, {'NULL': True}, {'BOOL': False},
                                {'M': {}}, {'L': []}]}, 'n': {'N': '7'}}},
    'flag': {'BOOL': True},
    'nothing': {'NULL': True},
}

CREATE_TABLE = {
    'AttributeDefinitions': [
        {'AttributeName': 'pk', 'AttributeType': 'S'},
        {'AttributeName': 'sk', 'AttributeType': 'N'},
        {'AttributeName': 'g', 'AttributeType': 'S'},
    ],
    'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'},
                  {'AttributeName': 'sk', 'KeyType': 'RANGE'}],
    'GlobalSecondaryIndexes': [{
        'IndexName': 'by-g',
        'KeySchema': [{'AttributeName': 'g', 'KeyType': 'HASH'}],
        'Projection': {'ProjectionType': 'ALL'},
        'ProvisionedThroughput': {'ReadCapacityUnits': 5, 'WriteCapacityUnits': 5},
    }],
    'LocalSecondaryIndexes': [{
        'IndexName': 'by-pk-g',
        'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'},
                      {'AttributeName': 'g', 'KeyType': 'RANGE'}],
        'Projection': {'ProjectionType': 'INCLUDE', 'NonKeyAttributes': ['text']},
    }],
    'ProvisionedThroughput': {'ReadCapacityUnits': 5, 'WriteCapacityUnits': 5},
}


def wait_active(awsc, url, table):
    for _ in range(400):
        r = run([awsc, 'dynamodb', 'describe-table', '--endpoint-url', url,
                 '--table-name', table])
        if r.code == 0 and json.loads(r.out)['Table']['TableStatus'] == 'ACTIVE':
            return True
        threading.Event().wait(0.05)
    return check(False, 'table %s never became ACTIVE' % table)


def test_outputs(awsc, url, work):
    """CreateTable through both tools from the same input, then the read
    operations compared member by member."""
    for tool, table in ((awsc, TABLE), (AWS_CLI, TABLE2)):
        path = os.path.join(work, 'create-%s.json' % table)
        with open(path, 'w') as f:
            json.dump(dict(CREATE_TABLE, TableName=table), f)
        arg = '@' + path if tool == awsc else 'file://' + path
        extra = ['--output', 'json'] if tool == AWS_CLI else []
        r = run([tool, 'dynamodb', 'create-table', '--endpoint-url', url,
                 '--cli-input-json', arg] + extra)
        if not check(r.code == 0, 'create-table %s exit %d: %s' % (table, r.code, r.err)):
            return False
        if tool == awsc:
            created_awsc = r.out
        else:
            created_aws = r.out
    # The two answers differ only by the table's name, id and creation time.
    mask = [(TABLE2, TABLE), (r'"TableId": "[^"]*"', '"TableId": "-"'), (TIME_TEXT, '"<time>"')]
    a, b = created_awsc, created_aws
    for pattern, repl in mask:
        a, b = re.sub(pattern, repl, a), re.sub(pattern, repl, b)
    check(compare(pairs(b), pairs(a)) is None and a == b,
          'create-table output differs from the AWS CLI\'s:\n--- awsc\n%s--- aws\n%s' % (a, b))
    if not (wait_active(awsc, url, TABLE) and wait_active(awsc, url, TABLE2)):
        return False

    r = run([awsc, 'dynamodb', 'put-item', '--endpoint-url', url, '--table-name', TABLE,
             '--item', json.dumps(RICH_ITEM)])
    check(r.code == 0 and r.out == '' and r.err == '',
          'put-item: exit %d, stdout %r, stderr %r' % (r.code, r.out, r.err))
    for sk in range(2, 6):
        run([awsc, 'dynamodb', 'put-item', '--endpoint-url', url, '--table-name', TABLE,
             '--item', json.dumps({'pk': {'S': 'q'}, 'sk': {'N': str(sk)},
                                   'g': {'S': 'g%d' % (sk % 2)}})])

    key = json.dumps({'pk': RICH_ITEM['pk'], 'sk': RICH_ITEM['sk']})
    got = same_output(awsc, url, ['get-item', '--table-name', TABLE, '--key', key,
                                  '--consistent-read'])
    if got:
        check(json.loads(got.out) == {'Item': RICH_ITEM}, 'get-item: not the item written')
    same_output(awsc, url, ['get-item', '--table-name', TABLE, '--key', key,
                            '--projection-expression', '#t, m.#i[3], bin',
                            '--expression-attribute-names', '{"#t": "text", "#i": "inner"}'])
    # No such item: both print nothing.
    same_output(awsc, url, ['get-item', '--table-name', TABLE, '--key',
                            json.dumps({'pk': {'S': 'none'}, 'sk': {'N': '0'}})])
    same_output(awsc, url, ['get-item', '--table-name', TABLE, '--key', key,
                            '--return-consumed-capacity', 'TOTAL'])
    same_output(awsc, url, ['describe-table', '--table-name', TABLE])
    same_output(awsc, url, ['list-tables'])
    # With --limit the AWS CLI does not page by itself: the same call.
    same_output(awsc, url, ['query', '--table-name', TABLE,
                            '--key-condition-expression', 'pk = :p AND sk > :lo',
                            '--expression-attribute-values',
                            '{":p": {"S": "q"}, ":lo": {"N": "2"}}', '--limit', '2'])
    same_output(awsc, url, ['query', '--table-name', TABLE, '--index-name', 'by-g',
                            '--key-condition-expression', 'g = :g',
                            '--expression-attribute-values', '{":g": {"S": "g1"}}',
                            '--no-scan-index-forward'], aws_extra=['--no-paginate'])
    # Without a limit the AWS CLI pages through Query and Scan by itself and
    # then prints "ConsumedCapacity": null; awsc makes one call, as
    # --no-paginate does.
    same_output(awsc, url, ['scan', '--table-name', TABLE], aws_extra=['--no-paginate'])
    a = run([awsc, 'dynamodb', 'scan', '--table-name', TABLE, '--endpoint-url', url])
    b = run([AWS_CLI, 'dynamodb', 'scan', '--table-name', TABLE, '--endpoint-url', url,
             '--output', 'json'])
    if a.code == 0 and b.code == 0 and a.out != b.out:
        extra = [k for k in json.loads(b.out) if k not in json.loads(a.out)]
        note('scan: both page through the results; the AWS CLI also prints %s, which awsc '
             'leaves out' % ', '.join('"%s": %s' % (
                 k, json.dumps(json.loads(b.out)[k])) for k in extra))
    return True


def test_errors(awsc, url):
    key = json.dumps({'pk': {'S': 'x'}, 'sk': {'N': '1'}})
    for args, code, pattern in (
            (['get-item', '--table-name', 'awsc-cli-no-such-table', '--key', key], 254,
             r'^\nAn error occurred \(ResourceNotFoundException\) when calling the GetItem '
             r'operation: .+\n$'),
            (['put-item', '--table-name', TABLE, '--item',
              json.dumps({'pk': {'S': 'x'}, 'sk': {'N': 'not-a-number'}})], 254,
             r'^\nAn error occurred \(ValidationException\) when calling the PutItem '
             r'operation: .+\n$'),
            (['create-table', '--table-name', 'awsc-cli-bad', '--attribute-definitions',
              '[{"AttributeName": "pk", "AttributeType": "S"}]', '--key-schema',
              '[{"AttributeName": "pk", "KeyType": "HASH"}]', '--provisioned-throughput',
              '{"ReadCapacityUnits": 0, "WriteCapacityUnits": 1}'], 252,
             r'^\nParameter validation failed:\nInvalid value for parameter '
             r'ProvisionedThroughput.ReadCapacityUnits, value: 0, valid min value: 1\n$')):
        a = run([awsc, 'dynamodb'] + args + ['--endpoint-url', url])
        b = run([AWS_CLI, 'dynamodb'] + args + ['--endpoint-url', url])
        what = 'error case %s %s' % (args[0], args[2])
        check(a.code == code, '%s: awsc exit %d, want %d' % (what, a.code, code))
        check(b.code == code, '%s: aws exit %d, want %d' % (what, b.code, code))
        check(re.match(pattern, a.err, re.S), '%s: awsc stderr %r' % (what, a.err))
        check(a.out == '', '%s: awsc printed %r on stdout' % (what, a.out))
        check(a.err == b.err, '%s: stderr differs from the AWS CLI:\n  awsc %r\n  aws  %r'
              % (what, a.err, b.err))
    # A member the operation does not have is refused, not dropped: a typo
    # must not turn a consistent read into an eventually consistent one.
    for args in (['--cli-input-json', json.dumps({'TableName': TABLE, 'Key': json.loads(key),
                                                  'ConsistantRead': True})],
                 ['--table-name', TABLE, '--key', key, '--cli-input-json',
                  json.dumps({'ProjectionExpresion': 'pk'})]):
        a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url] + args)
        b = run([AWS_CLI, 'dynamodb', 'get-item', '--endpoint-url', url] + args)
        check(b.code == 252 and 'Unknown parameter' in b.err,
              'the AWS CLI accepted an unknown member: %r' % b.err)
        check(a.code == 252 and ('Consistant' in a.err or 'Expresion' in a.err),
              'an unknown member in --cli-input-json: awsc exit %d, stderr %r (the AWS CLI: '
              '%r)' % (a.code, a.err.strip(), b.err.strip()), known='unknown-member')
    a = run([awsc, 'dynamodb', 'scan', '--endpoint-url', url, '--table-name', TABLE,
             '--limit', 'abc'])
    check(a.code == 252 and re.search(r'(?i)limit', a.err),
          '--limit abc: awsc exit %d, stderr %r does not name the parameter'
          % (a.code, a.err.strip()), known='bad-scalar-names-member')
    a = run([awsc, 'dynamodb', 'scan', '--endpoint-url', url, '--table-name',
             'awsc-cli-no-such-table', '--limit', '5,"TableName":"%s"' % TABLE])
    check(a.code == 252, '--limit \'5,"TableName":...\': awsc exit %d: the value was taken as '
          'JSON text and replaced --table-name' % a.code, known='scalar-injection')
    # The AWS CLI's global --output, --query and --no-paginate.
    for opt in (['--output', 'json'], ['--query', 'TableNames'], ['--no-paginate']):
        a = run([awsc, 'dynamodb', 'list-tables', '--endpoint-url', url] + opt)
        if a.code != 0:
            note('awsc does not take the AWS CLI option %s: exit %d, %s'
                 % (' '.join(opt), a.code, a.err.strip()))
    # Usage errors: the same exit status, the AWS CLI's 252.
    for args in (['get-item'], ['get-item', '--table-name', TABLE, '--key', '{}', '--bogus', '1'],
                 ['get-item', '--table-name', TABLE, '--key', '{"pk": {"S": "a"'],
                 ['no-such-operation']):
        a = run([awsc, 'dynamodb'] + args + ['--endpoint-url', url])
        b = run([AWS_CLI, 'dynamodb'] + args + ['--endpoint-url', url])
        check(a.code == 252 and b.code == 252 and a.out == '' and a.err,
              'usage error %s: awsc exit %d, aws exit %d, awsc stderr %r'
              % (args, a.code, b.code, a.err))


def test_cli_input_json(awsc, url, work):
    import boto3
    ddb = boto3.client('dynamodb', endpoint_url=url)
    item = {'pk': {'S': 'from-file-\u00e9'}, 'sk': {'N': '9'},
            'bin': {'B': base64.b64encode(b'\x00\xff\x01\xfe').decode()},
            'note': {'S': '\U0001F4C4 file input'}}
    path = os.path.join(work, 'put.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'TableName': TABLE, 'Item': item, 'ReturnValues': 'NONE'}, f,
                  ensure_ascii=False, indent=2)
    r = run([awsc, 'dynamodb', 'put-item', '--endpoint-url', url, '--cli-input-json', '@' + path])
    check(r.code == 0, 'put-item --cli-input-json @file: exit %d %s' % (r.code, r.err))
    got = ddb.get_item(TableName=TABLE, Key={'pk': item['pk'], 'sk': item['sk']},
                       ConsistentRead=True).get('Item')
    check(got is not None and bytes(got['bin']['B']) == b'\x00\xff\x01\xfe' and
          got['note'] == item['note'], 'the item put from a file, read by boto3: %r' % (got,))

    key = {'pk': item['pk'], 'sk': item['sk']}
    get_path = os.path.join(work, 'get.json')
    with open(get_path, 'w') as f:
        json.dump({'TableName': TABLE, 'Key': key}, f)
    a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url, '--cli-input-json', '@' + get_path])
    b = run([AWS_CLI, 'dynamodb', 'get-item', '--endpoint-url', url, '--output', 'json',
             '--cli-input-json', 'file://' + get_path])
    check(a.code == 0 and a.out == b.out and json.loads(a.out) == {'Item': item},
          'get-item --cli-input-json @file: exit %d, %r vs the AWS CLI %r'
          % (a.code, a.out, b.out))
    # Inline JSON works too.
    a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url,
             '--cli-input-json', json.dumps({'TableName': TABLE, 'Key': key})])
    check(a.code == 0 and a.out == b.out, 'get-item --cli-input-json JSON: exit %d %s'
          % (a.code, a.err))
    # A member given on the command line wins over the file's, as in the
    # AWS CLI.
    wrong = os.path.join(work, 'wrong.json')
    with open(wrong, 'w') as f:
        json.dump({'TableName': 'awsc-cli-no-such-table', 'Key': key}, f)
    a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url, '--cli-input-json', '@' + wrong,
             '--table-name', TABLE])
    b = run([AWS_CLI, 'dynamodb', 'get-item', '--endpoint-url', url, '--output', 'json',
             '--cli-input-json', 'file://' + wrong, '--table-name', TABLE])
    check(b.code == 0 and a.code == 0 and a.out == b.out,
          '--cli-input-json then --table-name: awsc exit %d (%s), aws exit %d'
          % (a.code, a.err.strip(), b.code))
    # The AWS CLI's file:// form.
    a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url, '--cli-input-json',
             'file://' + get_path])
    if a.code != 0:
        note('awsc --cli-input-json takes @FILE but not the AWS CLI\'s file://FILE: exit %d, %s'
             % (a.code, a.err.strip()))
    # A file that is not there: a usage error.
    a = run([awsc, 'dynamodb', 'get-item', '--endpoint-url', url, '--cli-input-json',
             '@' + os.path.join(work, 'missing.json')])
    check(a.code == 252 and 'missing.json' in a.err,
          '--cli-input-json @missing: exit %d, %r' % (a.code, a.err))


class Capture(http.server.BaseHTTPRequestHandler):
    """Records each request and answers like DynamoDB."""
    seen = []
    protocol_version = 'HTTP/1.1'

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', '0')))
        Capture.seen.append((dict(self.headers.items()), body))
        target = self.headers.get('X-Amz-Target', '')
        reply = b'{"TableNames":["debug-table"]}' if target.endswith('ListTables') else b'{}'
        self.send_response(200)
        self.send_header('Content-Type', 'application/x-amz-json-1.0')
        self.send_header('x-amzn-RequestId', 'CAPTUREDREQUEST')
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


def test_debug(awsc, url, home):
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Capture)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    capture_url = 'http://127.0.0.1:%d' % server.server_port
    profile_secret = 'profile/secret/DO-NOT-PRINT-9876543210'
    os.makedirs(os.path.join(home, '.aws'), exist_ok=True)
    with open(os.path.join(home, '.aws', 'credentials'), 'w') as f:
        f.write('[debugprofile]\naws_access_key_id = AKIDPROFILE\n'
                'aws_secret_access_key = %s\n' % profile_secret)
    try:
        cases = (
            ('environment', [], None, SECRET, ACCESS_KEY),
            ('session token', [], TOKEN, SECRET, ACCESS_KEY),
            ('profile', ['--profile', 'debugprofile'], None, profile_secret, 'AKIDPROFILE'),
        )
        for name, extra, token, secret, akid in cases:
            env = dict(os.environ)
            if token:
                env['AWS_SESSION_TOKEN'] = token
            if extra:
                del env['AWS_ACCESS_KEY_ID']
                del env['AWS_SECRET_ACCESS_KEY']
            Capture.seen = []
            r = run([awsc, '--debug', 'dynamodb', 'list-tables', '--endpoint-url', capture_url]
                    + extra, env=env)
            what = '--debug (%s)' % name
            if not check(r.code == 0 and len(Capture.seen) == 1,
                         '%s: exit %d, %d requests: %s' % (what, r.code, len(Capture.seen),
                                                           r.err[-500:])):
                continue
            check(json.loads(r.out) == {'TableNames': ['debug-table']},
                  '%s: stdout %r' % (what, r.out))
            headers, body = Capture.seen[0]
            auth = headers.get('Authorization', '')
            m = re.search(r'Signature=([0-9a-f]{64})', auth)
            check(m and ('Credential=%s/' % akid) in auth,
                  '%s: the request was not signed with %s: %r' % (what, akid, auth))
            err = r.err
            # The request is there: the operation, its target, headers, body.
            check('ListTables' in err and 'X-Amz-Target' in err and
                  'DynamoDB_20120810.ListTables' in err and capture_url in err,
                  '%s: the request is not on stderr: %r' % (what, err[:800]))
            check(body.decode() in err, '%s: the request body %r is not on stderr' % (what, body))
            check('CAPTUREDREQUEST' in err, '%s: the response is not on stderr' % what)
            check(secret not in err, '%s: the secret access key is on stderr' % what)
            if m:
                check(m.group(1) not in err, '%s: the signature is on stderr' % what)
            check(not re.search(r'Signature=[0-9a-f]', err),
                  '%s: a signature value is on stderr' % what)
            if token:
                check(headers.get('X-Amz-Security-Token') == token,
                      '%s: the token was not sent' % what)
                check(token not in err, '%s: the session token is on stderr' % what)
        # Debug against the real server too: the error response is logged.
        r = run([awsc, '--debug', 'dynamodb', 'describe-table', '--table-name',
                 'awsc-cli-no-such-table', '--endpoint-url', url])
        check(r.code == 254 and 'ResourceNotFoundException' in r.err and SECRET not in r.err
              and 'An error occurred (ResourceNotFoundException)' in r.err,
              '--debug with an error: exit %d, %r' % (r.code, r.err[-600:]))
    finally:
        server.shutdown()
        server.server_close()
        os.remove(os.path.join(home, '.aws', 'credentials'))


def test_kinesis(awsc, url):
    """Kinesis outputs: the same as the AWS CLI's with --no-paginate."""
    r = run([awsc, 'kinesis', 'create-stream', '--endpoint-url', url, '--stream-name',
             'awsc-cli-stream', '--shard-count', '2'])
    if not check(r.code == 0 and r.out == '', 'kinesis create-stream: exit %d %s'
                 % (r.code, r.err)):
        return
    for _ in range(400):
        r = run([awsc, 'kinesis', 'describe-stream-summary', '--endpoint-url', url,
                 '--stream-name', 'awsc-cli-stream'])
        if r.code == 0 and \
                json.loads(r.out)['StreamDescriptionSummary']['StreamStatus'] == 'ACTIVE':
            break
        threading.Event().wait(0.05)
    nopage = ['--no-paginate']
    same_output(awsc, url, ['describe-stream', '--stream-name', 'awsc-cli-stream'],
                aws_extra=nopage, service='kinesis')
    same_output(awsc, url, ['describe-stream-summary', '--stream-name', 'awsc-cli-stream'],
                service='kinesis')
    same_output(awsc, url, ['list-streams'], aws_extra=nopage, service='kinesis')
    same_output(awsc, url, ['list-shards', '--stream-name', 'awsc-cli-stream'],
                aws_extra=nopage, service='kinesis')
    data = base64.b64encode(bytes(range(256))).decode()
    r = run([awsc, 'kinesis', 'put-record', '--endpoint-url', url, '--stream-name',
             'awsc-cli-stream', '--partition-key', 'p', '--data', data])
    check(r.code == 0 and set(json.loads(r.out)) == {'ShardId', 'SequenceNumber'},
          'kinesis put-record: exit %d %r' % (r.code, r.out))
    shard = json.loads(r.out)['ShardId'] if r.code == 0 else 'shardId-000000000000'
    its = []
    for tool in (awsc, AWS_CLI):
        r = run([tool, 'kinesis', 'get-shard-iterator', '--endpoint-url', url, '--stream-name',
                 'awsc-cli-stream', '--shard-id', shard, '--shard-iterator-type',
                 'TRIM_HORIZON', '--output', 'json'][:-2 if tool == awsc else None])
        its.append(json.loads(r.out)['ShardIterator'] if r.code == 0 else '')
    a = run([awsc, 'kinesis', 'get-records', '--endpoint-url', url, '--shard-iterator', its[0]])
    b = run([AWS_CLI, 'kinesis', 'get-records', '--endpoint-url', url, '--shard-iterator', its[1],
             '--output', 'json'])
    if check(a.code == 0 and b.code == 0, 'kinesis get-records: exit %d/%d' % (a.code, b.code)):
        # The iterators differ by nature; everything else is the same.
        mask = r'"NextShardIterator": "[^"]*"'
        ta = re.sub(mask, '"NextShardIterator": "-"', a.out)
        tb = re.sub(mask, '"NextShardIterator": "-"', b.out)
        d = compare(pairs(tb), pairs(ta))
        check(d is None and re.sub(TIME_TEXT, '"<time>"', ta) == re.sub(TIME_TEXT, '"<time>"', tb),
              'kinesis get-records: %s\n--- awsc\n%s--- aws\n%s' % (d, ta, tb))
        check(base64.b64decode(json.loads(a.out)['Records'][0]['Data']) == bytes(range(256)),
              'kinesis get-records: not the bytes put')
    # The AWS CLI's own paging of DescribeStream rearranges the answer.
    a = run([awsc, 'kinesis', 'describe-stream', '--endpoint-url', url,
             '--stream-name', 'awsc-cli-stream'])
    b = run([AWS_CLI, 'kinesis', 'describe-stream', '--endpoint-url', url,
             '--stream-name', 'awsc-cli-stream', '--output', 'json'])
    if a.code == 0 and b.code == 0:
        ka = list(json.loads(a.out)['StreamDescription'])
        kb = list(json.loads(b.out)['StreamDescription'])
        if ka != kb:
            note('kinesis describe-stream: both page through the shards; the AWS CLI prints '
                 'the members as %s, awsc in the model\'s order, %s' % (kb, ka))
    run([awsc, 'kinesis', 'delete-stream', '--endpoint-url', url,
         '--stream-name', 'awsc-cli-stream'])


def test_db_auth_token(awsc):
    def parts(token):
        host, _, query = token.strip().partition('/?')
        q = [p for p in query.split('&')
             if not p.startswith(('X-Amz-Date=', 'X-Amz-Signature='))]
        return host, q[:2], sorted(q[2:])

    for host, port, user, region in (
            ('mydb.abc.us-east-1.rds.amazonaws.com', '5432', 'app_user', None),
            ('Aurora.cluster-x.eu-west-1.rds.amazonaws.com', '3306', 'admin+x@y z', 'eu-west-1')):
        args = ['rds', 'generate-db-auth-token', '--hostname', host, '--port', port,
                '--username', user] + (['--region', region] if region else [])
        a = run([awsc] + args)
        b = run([AWS_CLI] + args)
        check(a.code == 0 and b.code == 0 and parts(a.out) == parts(b.out),
              'rds generate-db-auth-token %s: awsc %d %r, aws %d %r'
              % (user, a.code, a.out + a.err, b.code, b.out + b.err))
        check(re.search(r'&X-Amz-Signature=[0-9a-f]{64}$', a.out.strip()) is not None,
              'rds generate-db-auth-token: no signature in %r' % a.out)
    for port in ('0', '70000', 'x'):
        r = run([awsc, 'rds', 'generate-db-auth-token', '--hostname', 'h', '--port', port,
                 '--username', 'u'])
        check(r.code == 252 and r.out == '' and port in r.err,
              'rds generate-db-auth-token --port %s: exit %d %r' % (port, r.code, r.err))


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    awsc, url = sys.argv[1:3]
    kinesis_url = sys.argv[3] if len(sys.argv) > 3 else None
    with tempfile.TemporaryDirectory(prefix='awsc-cli-home-') as home, \
            tempfile.TemporaryDirectory(prefix='awsc-cli-work-') as work:
        set_up_env(home)
        if test_outputs(awsc, url, work):
            test_errors(awsc, url)
            test_cli_input_json(awsc, url, work)
        test_debug(awsc, url, home)
        test_db_auth_token(awsc)
        if kinesis_url:
            test_kinesis(awsc, kinesis_url)
    for name in sorted(KNOWN_BUGS - known_seen):
        if os.environ.get('AWSC_TEST_STRICT') != '1':
            check(False, 'KNOWN_BUGS names %r, which no check uses' % name)
    if failures:
        print('%d check(s) failed' % len(failures), file=sys.stderr)
        return 1
    print('cli: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
