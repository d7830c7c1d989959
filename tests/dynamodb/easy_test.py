#!/usr/bin/python3
"""<awsc/dynamodb_easy.h> beside boto3 and dynalite.

    easy_test.py EASY_TOOL SERVERS_PY

- values: the same values built by awsc (easy_tool values) and serialized
  by boto3's TypeSerializer give the same DynamoDB JSON; the values awsc
  refuses are refused by boto3 too, or (where boto3 lets them through)
  by dynalite.
- round trips: values put by awsc and read back by awsc through dynalite,
  and values put by boto3 and read by awsc, deserialize (TypeDeserializer)
  to the original values; the number getters agree with Python's int()
  and float() of the Decimal.
- conditions: expression text, #n names and :v values as boto3's
  ConditionExpressionBuilder writes them, over fixed and random conditions.
- the batch writer: 1,000 items through a proxy in front of dynalite that
  leaves some of each BatchWriteItem unprocessed; every item present
  exactly once afterwards (sync and async); de-duplication by primary key
  beside boto3's BatchWriter on the same requests.
- query and scan through the paginator with built expressions, beside
  boto3's Table.query/scan.
- bad input: clear errors naming the value, no leak (valgrind).

Deliberate differences from boto3 are listed in differences.txt.
"""

import base64
import json
import os
import random
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

os.environ.update(AWS_ACCESS_KEY_ID='AKIDTEST', AWS_SECRET_ACCESS_KEY='secret',
                  AWS_DEFAULT_REGION='us-east-1', AWS_EC2_METADATA_DISABLED='true')
for k in ('AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_DYNAMODB', 'AWS_SESSION_TOKEN'):
    os.environ.pop(k, None)

try:
    import boto3
    from boto3.dynamodb.conditions import Attr, Key
    from boto3.dynamodb.conditions import ConditionExpressionBuilder
    from boto3.dynamodb.types import Binary, TypeDeserializer, TypeSerializer
except ImportError as e:  # pragma: no cover
    print(f'SKIP: boto3 is not importable ({e})')
    sys.exit(77)

TOOL = sys.argv[1]
sys.path.insert(0, str(Path(sys.argv[2]).resolve().parent))
import servers  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
from proxy import Proxy  # noqa: E402

failures = 0


def fail(msg):
    global failures
    failures += 1
    print('FAIL:', msg)


def run_tool(args, stdin='', check=True, valgrind=False):
    cmd = [TOOL] + args
    if valgrind:
        cmd = ['valgrind', '-q', '--leak-check=full', '--errors-for-leak-kinds=definite,indirect',
               '--error-exitcode=9'] + cmd
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if check and p.returncode != 0:
        fail(f'{" ".join(args)} exited {p.returncode}: {p.stderr[-2000:]}')
    return p.stdout.splitlines()


# ---------------------------------------------------------------- values

def hx(b):
    if isinstance(b, str):
        b = b.encode('utf-8')
    return b.hex()


class U(int):
    """A uint64 given to awsc_ddb_n_uint."""


class F(float):
    """A double given to awsc_ddb_n_double (boto3 takes Decimal(repr(x)))."""


class N(str):
    """Decimal text given to awsc_ddb_n."""


def spec(v):
    if isinstance(v, bool):
        return 'T' if v else 'F'
    if v is None:
        return 'Z'
    if isinstance(v, U):
        return f'U:{int(v)}'
    if isinstance(v, int):
        return f'I:{v}'
    if isinstance(v, F):
        return f'D:{float(v).hex()}'
    if isinstance(v, N):
        return f'N:{str(v)}'
    if isinstance(v, str):
        return f'S:{hx(v)}'
    if isinstance(v, bytes):
        return f'B:{hx(v)}'
    if isinstance(v, frozenset):
        items = sorted(v, key=repr)
        kind = type(items[0])
        if kind is N:
            return 'NS:' + ','.join(items)
        if kind is bytes:
            return 'BS:' + ','.join(hx(i) for i in items)
        return 'SS:' + ','.join(hx(i) for i in items)
    if isinstance(v, list):
        return f'L{len(v)} ' + ' '.join(spec(i) for i in v)
    if isinstance(v, dict):
        return f'M{len(v)} ' + ' '.join(f'{hx(k)} {spec(x)}' for k, x in v.items())
    raise TypeError(v)


def py(v):
    """What the value is in boto3's terms."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (U, int)):
        return int(v)
    if isinstance(v, F):
        return Decimal(repr(float(v)))
    if isinstance(v, N):
        return Decimal(str(v))
    if isinstance(v, (str, bytes)):
        return v if isinstance(v, str) else Binary(v)
    if isinstance(v, frozenset):
        return set(py(i) for i in v)
    if isinstance(v, list):
        return [py(i) for i in v]
    if isinstance(v, dict):
        return {k: py(x) for k, x in v.items()}
    raise TypeError(v)


def norm_wire(w):
    """DynamoDB JSON with sets sorted and binary as base64 text."""
    (t, x), = w.items()
    if t == 'B':
        return {t: x if isinstance(x, str) else base64.b64encode(bytes(x)).decode()}
    if t == 'BS':
        return {t: sorted(i if isinstance(i, str) else base64.b64encode(bytes(i)).decode()
                          for i in x)}
    if t in ('SS', 'NS'):
        return {t: sorted(x)}
    if t == 'L':
        return {t: [norm_wire(i) for i in x]}
    if t == 'M':
        return {t: {k: norm_wire(i) for k, i in x.items()}}
    return {t: x}


def from_wire(w):
    """TypeDeserializer over awsc's JSON (binary arrives as base64)."""
    def fix(w):
        (t, x), = w.items()
        if t == 'B':
            return {t: base64.b64decode(x)}
        if t == 'BS':
            return {t: [base64.b64decode(i) for i in x]}
        if t == 'L':
            return {t: [fix(i) for i in x]}
        if t == 'M':
            return {t: {k: fix(i) for k, i in x.items()}}
        return w
    return Deserializer().deserialize(fix(w))


class Deserializer(TypeDeserializer):
    """boto3's, except for numbers of more than 38 digits whose extra digits
    are trailing zeros: DynamoDB stores and returns them (1 followed by 40
    zeros), boto3's Decimal context refuses them (Rounded)."""

    refused = 0

    def _deserialize_n(self, value):
        try:
            return super()._deserialize_n(value)
        except Exception:
            Deserializer.refused += 1
            return Decimal(value)


def same_py(a, b):
    if isinstance(a, Decimal) or isinstance(b, Decimal) or (
            isinstance(a, int) and not isinstance(a, bool)):
        try:
            return Decimal(a) == Decimal(b)
        except Exception:
            return False
    if isinstance(a, (bytes, Binary)) or isinstance(b, (bytes, Binary)):
        return bytes(a.value if isinstance(a, Binary) else a) == \
            bytes(b.value if isinstance(b, Binary) else b)
    if isinstance(a, set):
        return isinstance(b, set) and sorted(map(repr, norm_set(a))) == sorted(map(repr, norm_set(b)))
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(same_py, a, b))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same_py(a[k], b[k]) for k in a)
    return a == b and type(a) is type(b)


def norm_set(s):
    return {Decimal(x).normalize() if isinstance(x, (Decimal, int)) else
            bytes(x.value) if isinstance(x, Binary) else x for x in s}


NUMBER_TEXTS = [
    '0.1', '1e-130', '1E-130', '-1e-130', '9.9999999999999999999999999999999999999E+125',
    '-9.9999999999999999999999999999999999999E+125', '12345678901234567890123456789012345678',
    '-99999999999999999999999999999999999999', '10000000000000000000000000000000000000',
    '0', '-0', '0.00', '1.50', '100', '1E+2', '123.456e-5', '0.000001', '0.0000001', '1e-7',
    '+42', '007', '0.0100', '3.14159265358979323846264338327950288', '1e125', '1.0e-129',
    '123456789012345678901234567890.12345678',
]
BAD_NUMBERS = ['1E+126', '-1E+126', '1E-131', '1E-165', '1E-200',
               '123456789012345678901234567890123456789', '1.2345678901234567890123456789012345678E+5',
               '10000000000000000000000000000000000000000', 'NaN', 'Infinity', '1e', 'abc', '']
FLOATS = [0.1, 1e-130, 1e125, 3.141592653589793, 1e16, 1e15, 123456789.0, -0.0, 0.0,
          float(2 ** 53), 2.5e-5, 1e-4, 0.5, -1234.5678, 1.7976931348623157e308, 5e-324, 1e-131]
INTS = [0, 1, -1, 2 ** 63 - 1, -2 ** 63, 10 ** 18, -987654321]
UINTS = [0, 2 ** 64 - 1, 2 ** 63]


def value_cases(rng):
    cases = [N(t) for t in NUMBER_TEXTS + BAD_NUMBERS]
    cases += [F(f) for f in FLOATS] + [int(i) for i in INTS] + [U(u) for u in UINTS]
    for _ in range(150):
        digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        text = digits[:point] + ('.' if point < len(digits) else '') + digits[point:]
        if text.startswith('.'):
            text = '0' + text
        if rng.random() < 0.5:
            text += f'e{rng.randint(-140, 135)}'
        cases.append(N(('-' if rng.random() < 0.3 else '') + text))
    for _ in range(100):
        cases.append(F(rng.choice([rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randint(-130, 120),
                                   float(rng.randint(-10 ** 15, 10 ** 15))])))
    cases += ['', 'hello', 'naïve ☃ 𝄞', 'quote " backslash \\ tab \t newline \n', 'x' * 1000]
    cases += [b'', b'\x00\x01\xff', bytes(range(256)), True, False, None]
    cases += [frozenset({'a', 'b', 'c'}), frozenset({N('1'), N('2.5'), N('-3e10')}),
              frozenset({b'\x00', b'\x01\x02'}), frozenset({'☃'})]
    cases += [[], [1, 'a', None, [True, b'x']], {}, {'a': {'b': {'c': [N('0.1'), {'d': 'e'}]}}},
              {'n': N('1e-130'), 's': frozenset({'x'}), 'l': [frozenset({N('1')})]}]
    return cases


def boto3_serialize(v):
    try:
        return norm_wire(TypeSerializer().serialize(py(v))), None
    except Exception as e:  # boto3 refuses it
        return None, f'{type(e).__name__}: {e}'


def dynalite_refuses(ddb, table, v):
    """Whether dynalite refuses an item holding boto3's serialization of v."""
    text = str(v)
    try:
        ddb.put_item(TableName=table, Item={'pk': {'S': 'probe'}, 'v': {'N': text}})
        return False
    except Exception:
        return True


def test_values(url, rng):
    cases = value_cases(rng)
    lines = run_tool(['values'], '\n'.join(spec(c) for c in cases) + '\n')
    if len(lines) != len(cases):
        fail(f'values: {len(lines)} lines for {len(cases)} cases')
        return []
    ddb = boto3.client('dynamodb', endpoint_url=url)
    ddb.create_table(TableName='probe', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}],
                     AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}],
                     BillingMode='PAY_PER_REQUEST')
    # dynalite answers ResourceNotFound until a new table is ACTIVE
    ddb.get_waiter('table_exists').wait(TableName='probe', WaiterConfig={'Delay': 0.1})
    accepted, agree, refused_both, refused_dynalite, kept = 0, 0, 0, 0, []
    for c, line in zip(cases, lines):
        want, why = boto3_serialize(c)
        if line.startswith('ERROR'):
            if want is None:
                refused_both += 1
            elif isinstance(c, (N, F)) and dynalite_refuses(ddb, 'probe', want['N']):
                refused_dynalite += 1  # boto3 sends it; DynamoDB (dynalite) refuses it
            else:
                fail(f'values: awsc refuses {spec(c)!r} ({line}); boto3 sends {want}')
            if isinstance(c, (N, F)) and not ('"' in line or 'Infinity' in line or 'NaN' in line):
                fail(f'values: the error does not quote the number: {line}')
            continue
        got = norm_wire(json.loads(line))
        accepted += 1
        kept.append(c)
        if want is None:
            # boto3 refuses; DynamoDB must take what awsc sends (checked by
            # the round trip below)
            print(f'note: boto3 refuses {spec(c)!r} ({why}); awsc sends {got}')
            continue
        if got != want:
            fail(f'values: {spec(c)!r}: awsc {got}, boto3 {want}')
        else:
            agree += 1
    print(f'values: {len(cases)} cases; {agree} serialized as boto3 does, '
          f'{accepted - agree} accepted where boto3 refuses; refused: {refused_both} by both, '
          f'{refused_dynalite} where boto3 sends what dynalite refuses')
    return kept


def check_read_back(what, cases, lines):
    ok = 0
    for c, line in zip(cases, lines):
        if not line.startswith('{'):
            fail(f'{what}: {spec(c)!r}: {line}')
            continue
        r = json.loads(line)
        got = from_wire(r['v'])
        want = py(c)
        if not same_py(want, got):
            fail(f'{what}: {spec(c)!r}: read back {got!r}, want {want!r}')
            continue
        if 'int64' in r:
            d = Decimal(r['v']['N'])
            is_int = d == d.to_integral_value()
            i = int(d) if is_int else None
            want64 = i if is_int and -2 ** 63 <= i < 2 ** 63 else 'error'
            wantu = i if is_int and 0 <= i < 2 ** 64 else 'error'
            if r['int64'] != want64 or r['uint64'] != wantu:
                fail(f'{what}: {r["v"]}: int64 {r["int64"]} uint64 {r["uint64"]}, '
                     f'want {want64} {wantu}')
                continue
            if float.fromhex(r['double']) != float(d):
                fail(f'{what}: {r["v"]}: double {r["double"]}, Python {float(d).hex()}')
                continue
        ok += 1
    if len(lines) != len(cases):
        fail(f'{what}: {len(lines)} lines for {len(cases)} cases')
    print(f'{what}: {ok}/{len(cases)} values identical after the round trip'
          + (f' ({Deserializer.refused} numbers read back as dynalite writes them, 40 digits or '
             'more, that boto3\'s TypeDeserializer refuses: compared as Decimal)'
             if Deserializer.refused else ''))
    Deserializer.refused = 0


def test_round_trips(url, kept):
    ddb = boto3.client('dynamodb', endpoint_url=url)
    for t in ('rt_awsc', 'rt_boto3'):
        ddb.create_table(TableName=t, KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}],
                         AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}],
                         BillingMode='PAY_PER_REQUEST')
    for t in ('rt_awsc', 'rt_boto3'):
        ddb.get_waiter('table_exists').wait(TableName=t, WaiterConfig={'Delay': 0.1})
    lines = run_tool(['put', url, 'rt_awsc'], '\n'.join(spec(c) for c in kept) + '\n')
    check_read_back('awsc -> dynalite -> awsc', kept, lines)
    table = boto3.resource('dynamodb', endpoint_url=url).Table('rt_boto3')
    sendable = [c for c in kept if boto3_serialize(c)[0] is not None]
    for i, c in enumerate(sendable):
        table.put_item(Item={'pk': f'case{i}', 'v': py(c)})
    lines = run_tool(['get', url, 'rt_boto3', str(len(sendable))])
    check_read_back('boto3 -> dynalite -> awsc', sendable, lines)


# ------------------------------------------------------------ conditions

VALUES = ['a', N('1'), N('0.1'), b'\x00b', True, None, [N('1'), 'x'], {'k': 'v'},
          frozenset({'s1', 's2'}), N('-5e-3'), 'with space', '']
NAMES = ['pk', 'sk', 'a.b', 'a.b[1].c', 'list[0]', 'x[1][2].y', 'weird-name', 'Émoji☃', 'name with space',
         'a.b.c.d', 'm[10]']


def rand_value(rng):
    return rng.choice(VALUES)


def rand_operand(rng, key):
    name = rng.choice(NAMES)
    if key:
        return f'K:{hx(name)}', Key(name)
    if rng.random() < 0.2:
        return f'SIZE A:{hx(name)}', Attr(name).size()
    return f'A:{hx(name)}', Attr(name)


def rand_cond(rng, key, depth=0):
    if depth < 3 and rng.random() < 0.35:
        op = rng.choice(['AND'] if key else ['AND', 'OR', 'NOT'])
        if op == 'NOT':
            s, c = rand_cond(rng, key, depth + 1)
            return f'NOT {s}', ~c
        ls, lc = rand_cond(rng, key, depth + 1)
        rs, rc = rand_cond(rng, key, depth + 1)
        return f'{op} {ls} {rs}', (lc & rc) if op == 'AND' else (lc | rc)
    os_, o = rand_operand(rng, key)
    size = os_.startswith('SIZE')
    ops = ['EQ', 'LT', 'LTE', 'GT', 'GTE', 'BW', 'BT']
    if not key and not size:
        ops += ['NE', 'CT', 'IN', 'AT', 'EX', 'NX']
    op = rng.choice(ops)
    fn = {'EQ': 'eq', 'NE': 'ne', 'LT': 'lt', 'LTE': 'lte', 'GT': 'gt', 'GTE': 'gte',
          'BW': 'begins_with', 'CT': 'contains'}
    if op in fn:
        v = rand_value(rng)
        return f'{op} {os_} {spec(v)}', getattr(o, fn[op])(py(v))
    if op == 'BT':
        lo, hi = rand_value(rng), rand_value(rng)
        return f'BT {os_} {spec(lo)} {spec(hi)}', o.between(py(lo), py(hi))
    if op == 'IN':
        vs = [rand_value(rng) for _ in range(rng.randint(1, 4))]
        return f'IN {os_} {len(vs)} ' + ' '.join(spec(v) for v in vs), o.is_in([py(v) for v in vs])
    if op == 'AT':
        t = rng.choice(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'])
        return f'AT {os_} {t}', o.attribute_type(t)
    if op == 'EX':
        return f'EX {os_}', o.exists()
    return f'NX {os_}', o.not_exists()


def test_conditions(rng):
    lines, expected = [], []
    fixed = [
        [(True, 'EQ K:' + hx('pk') + ' ' + spec('test1'), Key('pk').eq('test1'))],
        [(True, f'AND EQ K:{hx("pk")} {spec("a")} BT K:{hx("sk")} {spec(N("1"))} {spec(N("9"))}',
          Key('pk').eq('a') & Key('sk').between(Decimal('1'), Decimal('9'))),
         (False, f'OR EX A:{hx("x.y[2]")} NOT IN A:{hx("z")} 2 {spec("p")} {spec("q")}',
          Attr('x.y[2]').exists() | ~Attr('z').is_in(['p', 'q']))],
        [(False, f'GT SIZE A:{hx("list")} {spec(3)}', Attr('list').size().gt(3))],
        [(False, f'AT A:{hx("a")} SS', Attr('a').attribute_type('SS'))],
    ]
    for _ in range(300):
        n = rng.randint(1, 3)
        entry = []
        for i in range(n):
            key = i == 0 and rng.random() < 0.5
            s, c = rand_cond(rng, key)
            entry.append((key, s, c))
        fixed.append(entry)
    for entry in fixed:
        lines.append(' '.join(('k ' if k else 'f ') + s for k, s, _ in entry))
        b = ConditionExpressionBuilder()
        exprs, names, values = [], {}, {}
        for k, _, c in entry:
            built = b.build_expression(c, is_key_condition=k)
            exprs.append(built.condition_expression)
            names.update(built.attribute_name_placeholders)
            values.update({x: norm_wire(TypeSerializer().serialize(v))
                           for x, v in built.attribute_value_placeholders.items()})
        expected.append({'exprs': exprs, 'names': names, 'values': values})
    out = run_tool(['conds'], '\n'.join(lines) + '\n')
    same = 0
    for line, spec_line, want in zip(out, lines, expected):
        if not line.startswith('{'):
            fail(f'conditions: {spec_line}: {line}')
            continue
        got = json.loads(line)
        got['values'] = {k: norm_wire(v) for k, v in got['values'].items()}
        if got != want:
            fail(f'conditions: {spec_line}:\n  awsc  {got}\n  boto3 {want}')
        else:
            same += 1
    if len(out) != len(lines):
        fail(f'conditions: {len(out)} lines for {len(lines)} cases')
    print(f'conditions: {same}/{len(lines)} requests (key conditions and filters) with the '
          'expressions, names and values of boto3\'s ConditionExpressionBuilder')


# --------------------------------------------------------- batch writer

def make_table(url, name, range_key=None):
    ddb = boto3.client('dynamodb', endpoint_url=url)
    keys = [{'AttributeName': 'pk', 'KeyType': 'HASH'}]
    defs = [{'AttributeName': 'pk', 'AttributeType': 'S'}]
    if range_key:
        keys.append({'AttributeName': range_key, 'KeyType': 'RANGE'})
        defs.append({'AttributeName': range_key, 'AttributeType': 'S'})
    ddb.create_table(TableName=name, KeySchema=keys, AttributeDefinitions=defs,
                     BillingMode='PAY_PER_REQUEST')
    ddb.get_waiter('table_exists').wait(TableName=name, WaiterConfig={'Delay': 0.1})


def scan_all(url, name):
    items = []
    table = boto3.resource('dynamodb', endpoint_url=url).Table(name)
    kw = {'ConsistentRead': True}
    while True:
        r = table.scan(**kw)
        items += r['Items']
        if 'LastEvaluatedKey' not in r:
            return items
        kw['ExclusiveStartKey'] = r['LastEvaluatedKey']


def check_items(what, items, count):
    pks = [i['pk'] for i in items]
    want = {f'item{i}' for i in range(count)}
    bad = [i for i in items if i['payload'] != i['pk'] or f'item{int(i["n"])}' != i['pk']]
    if len(pks) != count or set(pks) != want or bad:
        fail(f'{what}: {len(pks)} items ({len(set(pks))} distinct, '
             f'{len(want - set(pks))} missing, {len(bad)} with the wrong payload)')
        return False
    return True


def test_batch(url):
    count = 1000
    for mode in ('sync', 'async'):
        table = f'batch_{mode}'
        make_table(url, table)
        proxy = Proxy(url, unprocessed_share=0.3)
        lines = run_tool(['batch', proxy.url, table, str(count), mode])
        proxy.shutdown()
        stats = json.loads(lines[-1]) if lines and lines[-1].startswith('{') else {}
        items = scan_all(url, table)
        ok = check_items(f'batch writer ({mode})', items, count)
        p = proxy.stats
        if p['unprocessed'] == 0 or stats.get('resubmitted') != p['unprocessed'] or \
                stats.get('written') != count or stats.get('pending') != 0:
            fail(f'batch writer ({mode}): writer {stats}, proxy {p}')
            ok = False
        if ok:
            print(f'batch writer ({mode}): {count} items, each present once; {p["batch_calls"]} '
                  f'BatchWriteItem calls, {p["unprocessed"]} requests returned unprocessed by the '
                  f'proxy and resubmitted by the writer')

    # de-duplication: every key put twice, the first with payload "stale";
    # boto3's BatchWriter with overwrite_by_pkeys on the same requests
    class Recorder:
        def __init__(self):
            self.calls = []

        def batch_write_item(self, RequestItems):
            self.calls.append(sum(len(v) for v in RequestItems.values()))
            return {'UnprocessedItems': {}}

    from boto3.dynamodb.table import BatchWriter
    rec = Recorder()
    with BatchWriter('t', rec, overwrite_by_pkeys=['pk']) as bw:
        for i in range(count):
            bw.put_item(Item={'pk': f'item{i}', 'n': i, 'payload': 'stale'})
            bw.put_item(Item={'pk': f'item{i}', 'n': i, 'payload': f'item{i}'})
    table = 'batch_dedup'
    make_table(url, table)
    proxy = Proxy(url, unprocessed_share=0.0)
    lines = run_tool(['batch', proxy.url, table, str(count), 'sync', 'dedup'])
    proxy.shutdown()
    stats = json.loads(lines[-1]) if lines and lines[-1].startswith('{') else {}
    ok = check_items('batch writer (dedup)', scan_all(url, table), count)
    sent_boto3 = sum(rec.calls)
    if stats.get('calls') != len(rec.calls) or stats.get('written') != sent_boto3:
        fail(f'batch writer (dedup): awsc {stats}; boto3 {len(rec.calls)} calls, {sent_boto3} sent')
    elif ok:
        print(f'batch writer (dedup): {2 * count} puts, {stats["replaced"]} replaced in the queue; '
              f'{stats["calls"]} calls and {stats["written"]} requests sent, boto3\'s BatchWriter: '
              f'{len(rec.calls)} calls, {sent_boto3} requests')


# ------------------------------------------------------------ query, scan

def test_query(url):
    make_table(url, 'query_t', range_key='sk')
    table = boto3.resource('dynamodb', endpoint_url=url).Table('query_t')
    with table.batch_writer() as bw:
        for i in range(60):
            bw.put_item(Item={'pk': 'p', 'sk': f'r{i:03d}', 'n': i})
            bw.put_item(Item={'pk': 'p', 'sk': f'x{i:03d}', 'n': i})
            bw.put_item(Item={'pk': 'other', 'sk': f'r{i:03d}', 'n': i})
    want, kw = [], {'KeyConditionExpression': Key('pk').eq('p') & Key('sk').begins_with('r'),
                    'FilterExpression': Attr('n').gte(10), 'Limit': 7}
    while True:
        r = table.query(**kw)
        want += [{'S': i['sk']} for i in r['Items']]
        if 'LastEvaluatedKey' not in r:
            break
        kw['ExclusiveStartKey'] = r['LastEvaluatedKey']
    scanned, kw = 0, {'FilterExpression': Attr('n').lt(5), 'Limit': 7}
    while True:
        r = table.scan(**kw)
        scanned += len(r['Items'])
        if 'LastEvaluatedKey' not in r:
            break
        kw['ExclusiveStartKey'] = r['LastEvaluatedKey']
    lines = run_tool(['query', url, 'query_t', 'p'])
    got = [json.loads(x) for x in lines if x.startswith('{')]
    got_scan = [x for x in lines if x.startswith('scan ')]
    if got != want or got_scan != [f'scan {scanned}']:
        fail(f'query/scan: awsc {len(got)} items, {got_scan}; boto3 {len(want)} items, '
             f'scan {scanned}')
    else:
        print(f'query/scan through the paginator (pages of 7): {len(got)} items queried and '
              f'{scanned} scanned, as boto3 finds them')


# -------------------------------------------------------------- bad input

def test_bad():
    valgrind = shutil.which('valgrind') is not None and not os.environ.get('ASAN_OPTIONS')
    lines = run_tool(['bad'], valgrind=valgrind)
    for line in lines:
        what, status, message = (line.split('\t') + ['', ''])[:3]
        if status in ('AWSC_OK', '') or not message:
            fail(f'bad input {what}: no error ({line})')
        elif what.startswith('n(') and what[3:-2] and what[3:-2] not in message:
            fail(f'bad input {what}: the message does not name the value: {message}')
        elif what in ('key("")', 'attr("")') and 'empty' not in message:
            fail(f'bad input {what}: the message does not say the name is empty: {message}')
        else:
            print(f'  {what}: {message}')
    print(f'bad input: {len(lines)} cases, each a clear error'
          + (', no leak or memory error under valgrind' if valgrind else ''))
    if valgrind:
        rng = random.Random(3)
        run_tool(['values'], '\n'.join(spec(c) for c in value_cases(rng)) + '\n', valgrind=True)
        lines = []
        for _ in range(30):
            s, _c = rand_cond(rng, False)
            lines.append('f ' + s)
        run_tool(['conds'], '\n'.join(lines) + '\n', valgrind=True)
        print('values and conditions: no leak or memory error under valgrind')


def main():
    rng = random.Random(20261205)
    test_conditions(rng)
    test_bad()
    with servers.start('dynalite') as s:
        kept = test_values(s.url, rng)
        test_round_trips(s.url, kept)
        test_query(s.url)
        test_batch(s.url)
    if failures:
        print(f'{failures} failures')
        return 1
    print('dynamodb-easy: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
