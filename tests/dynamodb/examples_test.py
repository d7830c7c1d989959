#!/usr/bin/python3
"""The DynamoDB examples of the seed documents, run against dynalite:

    examples_test.py SERVERS_PY PUT_QUERY BATCH_WRITER RETRIES

- dynamodb_put_query prints the items boto3's Table.query(Key('pk').eq('test1')) finds;
- dynamodb_batch_writer writes 1,000 items through a proxy that leaves some
  of each BatchWriteItem unprocessed, and prints the count boto3's scan finds;
- dynamodb_retries makes 20 calls at once through a proxy that throttles the
  first 10 requests: every call succeeds, and the retries it prints add up
  to the throttled requests.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.update(AWS_ACCESS_KEY_ID='AKIDTEST', AWS_SECRET_ACCESS_KEY='secret',
                  AWS_DEFAULT_REGION='us-east-1', AWS_EC2_METADATA_DISABLED='true')
for k in ('AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_DYNAMODB', 'AWS_SESSION_TOKEN',
          'AWS_MAX_ATTEMPTS', 'AWS_RETRY_MODE'):
    os.environ.pop(k, None)
try:
    import boto3
    from boto3.dynamodb.conditions import Key
    from boto3.dynamodb.types import TypeSerializer
except ImportError as e:
    print(f'SKIP: boto3 is not importable ({e})')
    sys.exit(77)

sys.path.insert(0, str(Path(sys.argv[1]).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import servers  # noqa: E402
from proxy import Proxy  # noqa: E402

PUT_QUERY, BATCH_WRITER, RETRIES = sys.argv[2:5]
failures = 0


def fail(msg):
    global failures
    failures += 1
    print('FAIL:', msg)


def run(exe, args, url):
    env = dict(os.environ, AWS_ENDPOINT_URL_DYNAMODB=url)
    p = subprocess.run([exe] + args, env=env, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        fail(f'{Path(exe).name} {" ".join(args)} exited {p.returncode}: {p.stderr[-2000:]}')
    return p.stdout


def main():
    with servers.start('dynalite') as s:
        ddb = boto3.client('dynamodb', endpoint_url=s.url)
        for t in ('test_table', 'batch_table'):
            ddb.create_table(TableName=t, KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}],
                             AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}],
                             BillingMode='PAY_PER_REQUEST')
            ddb.get_waiter('table_exists').wait(TableName=t, WaiterConfig={'Delay': 0.1})

        out = run(PUT_QUERY, ['test_table'], s.url)
        got = [json.loads(line) for line in out.splitlines()]
        items = boto3.resource('dynamodb', endpoint_url=s.url).Table('test_table').query(
            KeyConditionExpression=Key('pk').eq('test1'))['Items']
        want = [{'M': {k: TypeSerializer().serialize(v) for k, v in i.items()}} for i in items]
        if got != want or not got:
            fail(f'dynamodb_put_query printed {got}; boto3 queries {want}')
        else:
            print(f'dynamodb_put_query: {out.strip()} (boto3: {items})')

        proxy = Proxy(s.url, unprocessed_share=0.3)
        start = time.monotonic()
        out = run(BATCH_WRITER, ['batch_table', '1000'], proxy.url)
        seconds = time.monotonic() - start
        proxy.shutdown()
        # Each round makes progress, so each back-off is the default 50 ms
        # (some 40 rounds: 2 s); doubling it on every round with unprocessed
        # items would wait 5 s a round.
        if seconds > 60:
            fail(f'dynamodb_batch_writer took {seconds:.0f} s: the back-off grew while '
                 f'every round made progress')
        count = boto3.client('dynamodb', endpoint_url=s.url).scan(
            TableName='batch_table', Select='COUNT')['Count']
        if out.strip() != '1000' or count != 1000 or proxy.stats['unprocessed'] == 0:
            fail(f'dynamodb_batch_writer printed {out.strip()!r}; boto3 counts {count}; '
                 f'proxy {proxy.stats}')
        else:
            print(f'dynamodb_batch_writer: {out.strip()} items (boto3 counts {count}); '
                  f'{proxy.stats["unprocessed"]} requests came back unprocessed and were resubmitted, '
                  f'{seconds:.1f} s')

        proxy = Proxy(s.url, unprocessed_share=0.0, throttle=10)
        out = run(RETRIES, ['20'], proxy.url)
        proxy.shutdown()
        try:
            retries = json.loads(out)
        except ValueError:
            retries = None
        if not retries or len(retries) != 20 or sum(retries) != proxy.stats['throttled']:
            fail(f'dynamodb_retries printed {out.strip()!r}; the proxy throttled '
                 f'{proxy.stats["throttled"]} requests')
        else:
            print(f'dynamodb_retries: {out.strip()} ({proxy.stats["throttled"]} requests throttled)')
    if failures:
        print(f'{failures} failures')
        return 1
    print('dynamodb examples: all passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
