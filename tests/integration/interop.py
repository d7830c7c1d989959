#!/usr/bin/python3
"""Cross-checks awsc with the reference clients on real local servers.

    interop.py AWSC DYNALITE_URL KINESALITE_URL

DynamoDB: every item below is written by each of three writers (the awsc
command-line tool, /usr/bin/aws and boto3) and read back by each of the
three readers; every reader must see exactly what was written (binary
values as raw bytes, numbers by value, sets without order) and all readers
must agree with each other to the character.

Kinesis: records put by awsc, by boto3 and by /usr/bin/aws are read back by
each of them from TRIM_HORIZON: the same bytes, partition keys and sequence
numbers, in the order they were put.

Exits non-zero when any check fails.
"""

import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS_CLI = '/usr/bin/aws'  # Debian's awscli; another `aws` may come first on PATH
TABLE = 'awsc-interop'
STREAM = 'awsc-interop-stream'

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


# ---------------------------------------------------------------------------
# Environment: dummy credentials, a private HOME, no real configuration.

def set_up_env(home):
    for name in list(os.environ):
        if name.startswith('AWS_'):
            del os.environ[name]
    os.environ.update({
        'AWS_ACCESS_KEY_ID': 'AKIDAWSCINTEROP',
        'AWS_SECRET_ACCESS_KEY': 'awsc/interop/secret/key/0123456789',
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_PAGER': '',
        'HOME': home,
    })


def run(argv, expect_ok=True):
    """Runs a command -> (exit status, stdout text, stderr text)."""
    p = exe_wrapper.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        stdin=subprocess.DEVNULL, timeout=120)
    out = p.stdout.decode('utf-8')  # strict: both tools must print UTF-8
    err = p.stderr.decode('utf-8', errors='replace')
    if expect_ok and p.returncode != 0:
        check(False, '%s exited %d: %s' % (' '.join(argv[:3]), p.returncode, err.strip()))
    return p.returncode, out, err


def run_json(argv):
    code, out, err = run(argv)
    if code != 0:
        return None
    if not out.strip():
        return {}
    try:
        return json.loads(out)
    except ValueError as e:
        check(False, '%s printed invalid JSON (%s): %r' % (' '.join(argv[:3]), e, out[:300]))
        return None


# ---------------------------------------------------------------------------
# Attribute values. The expected form: {'S': str} {'N': str} {'B': bytes}
# {'SS': [str]} {'NS': [str]} {'BS': [bytes]} {'M': {..}} {'L': [..]}
# {'NULL': True} {'BOOL': bool}.

def to_wire_json(v):
    """Expected form -> the JSON form the CLIs take (binary as base64)."""
    (t, x), = v.items()
    if t == 'B':
        return {'B': base64.b64encode(x).decode()}
    if t == 'BS':
        return {'BS': [base64.b64encode(b).decode() for b in x]}
    if t == 'M':
        return {'M': {k: to_wire_json(e) for k, e in x.items()}}
    if t == 'L':
        return {'L': [to_wire_json(e) for e in x]}
    return {t: x}


def from_wire_json(v):
    """A CLI's JSON output -> expected form (base64 decoded strictly)."""
    (t, x), = v.items()
    if t == 'B':
        return {'B': base64.b64decode(x, validate=True)}
    if t == 'BS':
        return {'BS': [base64.b64decode(b, validate=True) for b in x]}
    if t == 'M':
        return {'M': {k: from_wire_json(e) for k, e in x.items()}}
    if t == 'L':
        return {'L': [from_wire_json(e) for e in x]}
    return {t: x}


def from_boto3(v):
    """boto3's low-level form (bytes for B, lists for sets) -> expected form."""
    (t, x), = v.items()
    if t == 'B':
        return {'B': bytes(x)}
    if t == 'BS':
        return {'BS': [bytes(b) for b in x]}
    if t == 'M':
        return {'M': {k: from_boto3(e) for k, e in x.items()}}
    if t == 'L':
        return {'L': [from_boto3(e) for e in x]}
    return {t: x}


def diff(want, got, path, by_value):
    """The first difference between two values, or None. Sets compare
    without order; numbers by value when by_value, else as text."""
    if not isinstance(got, dict) or len(got) != 1:
        return '%s: not an attribute value: %r' % (path, got)
    (wt, wx), = want.items()
    (gt, gx), = got.items()
    if wt != gt:
        return '%s: want type %s, got %s' % (path, wt, gt)
    if wt == 'N':
        same = Decimal(wx) == Decimal(gx) if by_value else wx == gx
        return None if same else '%s: want N %s, got %s' % (path, wx, gx)
    if wt in ('SS', 'NS', 'BS'):
        if len(gx) != len(set(gx)):
            return '%s: a set with duplicates: %r' % (path, gx)
        if wt == 'NS' and by_value:
            same = sorted(Decimal(n) for n in wx) == sorted(Decimal(n) for n in gx)
        else:
            same = sorted(wx) == sorted(gx)
        return None if same else '%s: want %s %r, got %r' % (path, wt, sorted(wx), sorted(gx))
    if wt == 'M':
        if set(wx) != set(gx):
            return '%s: want keys %r, got %r' % (path, sorted(wx), sorted(gx))
        for k in wx:
            d = diff(wx[k], gx[k], '%s.%s' % (path, k), by_value)
            if d:
                return d
        return None
    if wt == 'L':
        if len(wx) != len(gx):
            return '%s: a list of %d, got %d' % (path, len(wx), len(gx))
        for i, (a, b) in enumerate(zip(wx, gx)):
            d = diff(a, b, '%s[%d]' % (path, i), by_value)
            if d:
                return d
        return None
    if wx != gx or type(wx) is not type(gx):
        if isinstance(wx, bytes) and isinstance(gx, bytes):
            first = next((i for i, (a, b) in enumerate(zip(wx, gx)) if a != b),
                         min(len(wx), len(gx)))
            return '%s: %d bytes, got %d; first difference at byte %d' % (
                path, len(wx), len(gx), first)
        return '%s: want %s %r, got %r' % (path, wt, wx, gx)
    return None


def S(s):
    return {'S': s}


def N(n):
    return {'N': n}


def B(b):
    return {'B': b}


ALL_BYTES = bytes(range(256))

# name -> attributes (the key "pk" is added per writer)
ITEMS = {
    'unicode': {
        'latin': S('h\u00e9llo w\u00f6rld \u00df\u00e6\u00f8\u00e5'),
        'emoji': S('\U0001F600\U0001F44D\U0001F3FD \U0001F1E9\U0001F1EA \U0001F9D1\u200D\U0001F4BB'),
        'cjk': S('\u4e2d\u6587\u5b57\u7b26 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4'),
        'rtl': S('\u0639\u0631\u0628\u064a \u05e2\u05d1\u05e8\u05d9\u05ea'),
        'astral': S('\U0001D11E \U00010348 \U0002A6D6'),
        'combining': S('e\u0301 n\u0303 \ufeff zero\u200bwidth'),
        'escapes': S('quote" backslash\\ slash/ tab\t newline\n cr\r ctl\x01\x1f del\x7f'),
        'json_like': S('{"S": "not a value"} \\u0041'),
        '\u00fcn\u00efc\u00f8d\u00e9 name \U0001F511': S('value'),
    },
    'binary': {
        'all': B(ALL_BYTES),
        'reversed': B(ALL_BYTES[::-1]),
        'zeros': B(b'\x00' * 17),
        'ff': B(b'\xff'),
        'pattern': B(bytes((i * 131 + 7) & 0xff for i in range(3001))),
        'utf8_invalid': B(b'\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc'),
        'bs': {'BS': [b'\x00', b'\xff\x00', b'\x01\x02\x03', ALL_BYTES]},
    },
    'numbers': {
        'digits38': N('12345678901234567890123456789012345678'),
        'neg38': N('-9876543210987654321.0987654321098765432'),
        'frac38': N('0.12345678901234567890123456789012345678'),
        'tiny': N('0.' + '0' * 129 + '1'),  # 1E-130, the smallest
        'huge': N('99999999999999999999999999999999999999' + '0' * 88),
        'zero': N('0'),
        'int': N('-42'),
        'exp_form': N('1.5E+3'),         # stored as 1500: compared by value
        'trailing_zero': N('2.50'),      # stored as 2.5: compared by value
    },
    'sets': {
        'ss': {'SS': ['a', 'b', '\u00fc', '\U0001F600', ' spaced ', 'x' * 300]},
        'ns': {'NS': ['1', '-2.5', '1000000000000000000000', '0.001',
                      '12345678901234567890123456789012345678']},
        'bs': {'BS': [b'\x00', b'\xff', b'\x00\xff\x00']},
        'single': {'SS': ['only']},
    },
    'nested': {
        'm': {'M': {
            'inner': {'M': {'deep': {'L': [S('x'), N('1'), {'BOOL': True}, {'NULL': True},
                                           B(b'\xff\x00'), {'SS': ['p', 'q']}]}}},
            'flag': {'BOOL': False},
            'n': N('3.25'),
            '\U0001F511': S('\u00e9'),
        }},
        'l': {'L': [S('first'), N('2'), {'M': {'k': S('v')}}, {'L': [{'L': [S('nested')]}]},
                    {'NS': ['1', '2']}, B(ALL_BYTES[:16])]},
        'deep': {'L': [{'M': {'a': {'L': [{'M': {'b': {'L': [{'M': {'c': S('bottom')}}]}}}]}}}]},
        't': {'BOOL': True},
        'f': {'BOOL': False},
        'nul': {'NULL': True},
    },
    'empty': {
        'empty_s': S(''),
        'empty_b': B(b''),
        'empty_l': {'L': []},
        'empty_m': {'M': {}},
        'in_list': {'L': [S(''), B(b''), {'L': []}, {'M': {}}]},
        'in_map': {'M': {'s': S(''), 'b': B(b''), 'l': {'L': []}, 'm': {'M': {}}}},
    },
}


# ---------------------------------------------------------------------------
# DynamoDB writers and readers

class Dynamo:
    def __init__(self, awsc, url):
        import boto3
        self.awsc = awsc
        self.url = url
        self.boto = boto3.client('dynamodb', endpoint_url=url)

    # writers -------------------------------------------------------------
    def put_awsc(self, item):
        run([self.awsc, 'dynamodb', 'put-item', '--endpoint-url', self.url,
             '--table-name', TABLE, '--item', json.dumps(to_wire_json({'M': item})['M'])])

    def put_aws(self, item):
        run([AWS_CLI, 'dynamodb', 'put-item', '--endpoint-url', self.url,
             '--table-name', TABLE, '--item', json.dumps(to_wire_json({'M': item})['M'])])

    def put_boto3(self, item):
        self.boto.put_item(TableName=TABLE, Item=item)

    # readers -> expected form, or None ----------------------------------
    def get_awsc(self, pk):
        out = run_json([self.awsc, 'dynamodb', 'get-item', '--endpoint-url', self.url,
                        '--table-name', TABLE, '--consistent-read',
                        '--key', json.dumps({'pk': {'S': pk}})])
        return None if out is None or 'Item' not in out else from_wire_json({'M': out['Item']})

    def get_aws(self, pk):
        out = run_json([AWS_CLI, 'dynamodb', 'get-item', '--endpoint-url', self.url,
                        '--table-name', TABLE, '--consistent-read', '--output', 'json',
                        '--key', json.dumps({'pk': {'S': pk}})])
        return None if out is None or 'Item' not in out else from_wire_json({'M': out['Item']})

    def get_boto3(self, pk):
        out = self.boto.get_item(TableName=TABLE, Key={'pk': {'S': pk}}, ConsistentRead=True)
        return from_boto3({'M': out['Item']}) if 'Item' in out else None


def nul_in_strings(d):
    """U+0000 is legal in DynamoDB strings but a C string cannot hold it:
    awsc must read such an item intact or refuse it naming the attribute,
    never hand back a shortened string."""
    pk = 'nul-\u00e9'
    d.put_boto3({'pk': S(pk), 'text': S('before\x00after'), 'ss': {'SS': ['a\x00b', 'a']}})
    code, out, err = run([d.awsc, 'dynamodb', 'get-item', '--endpoint-url', d.url,
                          '--table-name', TABLE, '--key', json.dumps({'pk': S(pk)})],
                         expect_ok=False)
    if code == 0:
        got = from_wire_json({'M': json.loads(out)['Item']})
        check(got['M'].get('text') == S('before\x00after') and
              sorted(got['M'].get('ss', {}).get('SS', [])) == ['a', 'a\x00b'],
              'a string holding U+0000 read by awsc: %r' % (got,))
    else:
        check(code == 255 and 'NUL' in err and '"text"' in err,
              'a string holding U+0000: awsc exit %d, %r' % (code, err))
        print('dynamodb: awsc refuses an item whose strings hold U+0000: %s' % err.strip())
    # Writing one is refused before anything is sent.
    code, out, err = run([d.awsc, 'dynamodb', 'put-item', '--endpoint-url', d.url,
                          '--table-name', TABLE, '--item',
                          json.dumps({'pk': S(pk + '-w'), 'text': S('a\x00b')})],
                         expect_ok=False)
    check(code == 252 and 'NUL' in err, 'awsc put-item of U+0000: exit %d %r' % (code, err))
    check('Item' not in d.boto.get_item(TableName=TABLE, Key={'pk': S(pk + '-w')},
                                        ConsistentRead=True),
          'awsc put-item of U+0000 wrote something')


def dynamodb_interop(awsc, url):
    d = Dynamo(awsc, url)
    d.boto.create_table(
        TableName=TABLE, BillingMode='PAY_PER_REQUEST',
        AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}],
        KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}])
    d.boto.get_waiter('table_exists').wait(TableName=TABLE,
                                           WaiterConfig={'Delay': 0.1, 'MaxAttempts': 200})
    writers = {'awsc': d.put_awsc, 'aws': d.put_aws, 'boto3': d.put_boto3}
    readers = {'awsc': d.get_awsc, 'aws': d.get_aws, 'boto3': d.get_boto3}
    pairs = 0
    for wname, put in writers.items():
        for iname, attrs in ITEMS.items():
            pk = '%s-%s-\u00e9\U0001F600' % (wname, iname)
            item = dict(attrs)
            item['pk'] = S(pk)
            try:
                put(item)
            except Exception as e:  # noqa: BLE001 - any writer failure is a failed check
                check(False, 'DynamoDB item %r: %s failed to write it: %s' % (iname, wname, e))
            want = {'M': item}
            seen = {}
            for rname, get in readers.items():
                got = get(pk)
                what = 'DynamoDB item %r written by %s, read by %s' % (iname, wname, rname)
                if not check(got is not None, what + ': not found'):
                    continue
                seen[rname] = got
                d_ = diff(want, got, 'item', by_value=True)
                check(d_ is None, '%s: %s' % (what, d_))
                pairs += 1
            # Every reader sees the same text for every value.
            ref = seen.get('boto3')
            for rname, got in seen.items():
                if ref is not None and rname != 'boto3':
                    d_ = diff(ref, got, 'item', by_value=False)
                    check(d_ is None, 'DynamoDB item %r written by %s: %s and boto3 disagree: %s'
                          % (iname, wname, rname, d_))
    nul_in_strings(d)
    d.boto.delete_table(TableName=TABLE)
    print('dynamodb: %d item reads compared (%d writers x %d readers x %d items)'
          % (pairs, len(writers), len(readers), len(ITEMS)))


# ---------------------------------------------------------------------------
# Kinesis

RECORDS = [
    (ALL_BYTES, 'all-bytes'),
    (b'\x00\xff\x00\xff', 'nul-ff'),
    (b'\xff', 'ff'),
    (bytes((i * 37 + 11) & 0xff for i in range(5000)), 'pattern-5000'),
    ('\u00e9\U0001F600 text \u4e2d'.encode(), 'utf8-\u00e9\U0001F600'),
    (b'\xc3\x28\xa0\xa1 not utf-8', 'invalid-utf8'),
]


def kinesis_interop(awsc, url):
    import boto3
    k = boto3.client('kinesis', endpoint_url=url)
    k.create_stream(StreamName=STREAM, ShardCount=1)
    k.get_waiter('stream_exists').wait(StreamName=STREAM,
                                       WaiterConfig={'Delay': 0.1, 'MaxAttempts': 200})
    shard = k.describe_stream(StreamName=STREAM)['StreamDescription']['Shards'][0]['ShardId']

    put = []  # (writer, data, partition key, sequence number) in put order

    def awsc_put(data, key):
        out = run_json([awsc, 'kinesis', 'put-record', '--endpoint-url', url,
                        '--stream-name', STREAM, '--partition-key', key,
                        '--data', base64.b64encode(data).decode()])
        return out and out.get('SequenceNumber')

    def aws_put(data, key):
        out = run_json([AWS_CLI, 'kinesis', 'put-record', '--endpoint-url', url,
                        '--output', 'json', '--stream-name', STREAM, '--partition-key', key,
                        '--data', base64.b64encode(data).decode()])
        return out and out.get('SequenceNumber')

    def boto3_put(data, key):
        return k.put_record(StreamName=STREAM, Data=data, PartitionKey=key)['SequenceNumber']

    for wname, fn in (('awsc', awsc_put), ('boto3', boto3_put), ('aws', aws_put)):
        for data, key in RECORDS:
            seq = fn(data, '%s-%s' % (wname, key))
            check(bool(seq), 'Kinesis %s put-record %s: no SequenceNumber' % (wname, key))
            put.append((wname, data, '%s-%s' % (wname, key), seq))

    # PutRecords (the batch) through awsc, then through boto3.
    batch = [(bytes([i, 255 - i, 0]) * (i + 1), 'batch-%d' % i) for i in range(10)]
    out = run_json([awsc, 'kinesis', 'put-records', '--endpoint-url', url,
                    '--stream-name', STREAM, '--records',
                    json.dumps([{'Data': base64.b64encode(d).decode(),
                                 'PartitionKey': 'awsc-' + key} for d, key in batch])])
    if check(out is not None and out.get('FailedRecordCount') == 0 and
             len(out.get('Records', [])) == len(batch), 'awsc put-records: %r' % (out,)):
        for (d, key), r in zip(batch, out['Records']):
            put.append(('awsc', d, 'awsc-' + key, r.get('SequenceNumber')))
    res = k.put_records(StreamName=STREAM, Records=[
        {'Data': d, 'PartitionKey': 'boto3-' + key} for d, key in batch])
    check(res['FailedRecordCount'] == 0, 'boto3 put_records failed')
    for (d, key), r in zip(batch, res['Records']):
        put.append(('boto3', d, 'boto3-' + key, r['SequenceNumber']))

    # Readers -> [(data, partition key, sequence number)] from TRIM_HORIZON.
    def read_boto3():
        it = k.get_shard_iterator(StreamName=STREAM, ShardId=shard,
                                  ShardIteratorType='TRIM_HORIZON')['ShardIterator']
        got = []
        for _ in range(50):
            r = k.get_records(ShardIterator=it, Limit=9)
            got += [(bytes(x['Data']), x['PartitionKey'], x['SequenceNumber'])
                    for x in r['Records']]
            if not r['Records'] and len(got) >= len(put):
                break
            it = r['NextShardIterator']
        return got

    def read_cli(tool):
        extra = ['--output', 'json'] if tool == AWS_CLI else []
        it = run_json([tool, 'kinesis', 'get-shard-iterator', '--endpoint-url', url,
                       '--stream-name', STREAM, '--shard-id', shard,
                       '--shard-iterator-type', 'TRIM_HORIZON'] + extra)
        it = it and it.get('ShardIterator')
        got = []
        for _ in range(50):
            if not it:
                break
            r = run_json([tool, 'kinesis', 'get-records', '--endpoint-url', url,
                          '--shard-iterator', it, '--limit', '9'] + extra)
            if r is None:
                break
            recs = r.get('Records', [])
            got += [(base64.b64decode(x['Data'], validate=True), x['PartitionKey'],
                     x['SequenceNumber']) for x in recs]
            if not recs and len(got) >= len(put):
                break
            it = r.get('NextShardIterator')
        return got

    want = [(d, key, seq) for _, d, key, seq in put]
    for rname, reader in (('boto3', read_boto3), ('awsc', lambda: read_cli(awsc)),
                          ('aws', lambda: read_cli(AWS_CLI))):
        got = reader()
        if not check(len(got) == len(want), 'Kinesis read by %s: %d records, want %d'
                     % (rname, len(got), len(want))):
            continue
        for i, (w, g) in enumerate(zip(want, got)):
            wname = put[i][0]
            check(g[0] == w[0], 'Kinesis record %d (%s) put by %s, read by %s: data differs '
                  '(%d bytes, want %d)' % (i, w[1], wname, rname, len(g[0]), len(w[0])))
            check(g[1] == w[1], 'Kinesis record %d put by %s, read by %s: partition key %r, '
                  'want %r' % (i, wname, rname, g[1], w[1]))
            check(g[2] == w[2], 'Kinesis record %d put by %s, read by %s: sequence number %s, '
                  'want %s' % (i, wname, rname, g[2], w[2]))
    k.delete_stream(StreamName=STREAM)
    print('kinesis: %d records put by awsc, boto3 and aws, read back by each' % len(put))


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    awsc, ddb_url, kinesis_url = sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix='awsc-interop-home-') as home:
        set_up_env(home)
        t0 = time.monotonic()
        dynamodb_interop(awsc, ddb_url)
        kinesis_interop(awsc, kinesis_url)
        print('interop took %.1f s' % (time.monotonic() - t0))
    if failures:
        print('%d check(s) failed' % len(failures), file=sys.stderr)
        return 1
    print('interop: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
