#!/usr/bin/python3
"""The awsc command-line tool over the query protocol, against fauxqs, and
the AWS CLI reading what it wrote and the other way round.

    fauxqs_test.py AWSC FAUXQS_URL

- `awsc sns create-topic`, `publish`, `list-topics` and
  `awsc sts get-caller-identity` succeed and print the members the AWS CLI
  prints (the same JSON text for list-topics and get-caller-identity).
- A topic made by awsc is listed by the AWS CLI, and one made by the AWS
  CLI is listed by awsc.
- A service error (publish to a missing topic) gives the AWS CLI's exit
  code 254, its message on stderr and nothing on stdout.

Exits non-zero when any check fails.
"""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS_CLI = '/usr/bin/aws'  # Debian's awscli; another `aws` may come first on PATH

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


class Result:
    def __init__(self, argv, p):
        self.argv = argv
        self.code = p.returncode
        self.out = p.stdout.decode('utf-8')
        self.err = p.stderr.decode('utf-8', errors='replace')

    def json(self):
        try:
            return json.loads(self.out)
        except ValueError:
            check(False, '%s: not JSON: %r (stderr %r)' % (' '.join(self.argv[:3]), self.out,
                                                         self.err))
            return {}


def run(argv):
    p = exe_wrapper.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        stdin=subprocess.DEVNULL, timeout=120)
    return Result(argv, p)


def main():
    awsc, url = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix='awsc-fauxqs-cli-')
    for name in list(os.environ):
        if name.startswith('AWS_'):
            del os.environ[name]
    os.environ.update({
        'AWS_ACCESS_KEY_ID': 'AKIDAWSCFAUXQS',
        'AWS_SECRET_ACCESS_KEY': 'awsc/fauxqs/secret',
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_PAGER': '',
        'HOME': home,
    })
    ep = ['--endpoint-url', url]
    have_cli = os.path.exists(AWS_CLI)

    r = run([awsc, 'sns', 'create-topic', '--name', 'awsc-cli-topic'] + ep)
    check(r.code == 0, 'awsc sns create-topic: exit %d: %s' % (r.code, r.err))
    arn = r.json().get('TopicArn', '')
    check(arn.endswith(':awsc-cli-topic'), 'create-topic: TopicArn %r' % arn)

    message = 'hello & <world> "caf\u00e9" + = %'
    r = run([awsc, 'sns', 'publish', '--topic-arn', arn, '--message', message,
             '--subject', 'from the CLI'] + ep)
    check(r.code == 0, 'awsc sns publish: exit %d: %s' % (r.code, r.err))
    check(r.json().get('MessageId'), 'publish: no MessageId in %r' % r.out)

    r = run([awsc, 'sns', 'list-topics'] + ep)
    check(r.code == 0, 'awsc sns list-topics: exit %d: %s' % (r.code, r.err))
    topics = [t.get('TopicArn') for t in r.json().get('Topics', [])]
    check(arn in topics, 'list-topics: %r not in %r' % (arn, topics))
    ours = r.out

    r = run([awsc, 'sts', 'get-caller-identity'] + ep)
    check(r.code == 0, 'awsc sts get-caller-identity: exit %d: %s' % (r.code, r.err))
    ident = r.json()
    check(len(ident.get('Account', '')) == 12 and ident.get('Arn', '').startswith('arn:aws:')
          and ident.get('UserId'), 'get-caller-identity: %r' % ident)
    ours_ident = r.out

    r = run([awsc, 'sns', 'publish', '--topic-arn',
             'arn:aws:sns:us-east-1:000000000000:awsc-cli-missing', '--message', 'x'] + ep)
    check(r.code == 254, 'publish to a missing topic: exit %d, want 254' % r.code)
    check(r.out == '', 'publish to a missing topic: stdout %r' % r.out)
    check('NotFound' in r.err and 'Publish' in r.err,
          'publish to a missing topic: stderr %r' % r.err)

    if have_cli:
        # the AWS CLI reads what awsc made, and the other way round
        r = run([AWS_CLI, 'sns', 'list-topics', '--output', 'json'] + ep)
        check(r.code == 0, 'aws sns list-topics: exit %d: %s' % (r.code, r.err))
        check(json.loads(r.out) == json.loads(ours),
              'list-topics: awsc printed %r, the AWS CLI %r' % (ours, r.out))
        r = run([AWS_CLI, 'sns', 'create-topic', '--name', 'aws-cli-topic',
                 '--output', 'json'] + ep)
        check(r.code == 0, 'aws sns create-topic: exit %d: %s' % (r.code, r.err))
        cli_arn = json.loads(r.out or '{}').get('TopicArn', '')
        r = run([awsc, 'sns', 'list-topics'] + ep)
        topics = [t.get('TopicArn') for t in r.json().get('Topics', [])]
        check(cli_arn and cli_arn in topics, 'awsc list-topics: %r not in %r' % (cli_arn, topics))
        r = run([AWS_CLI, 'sts', 'get-caller-identity', '--output', 'json'] + ep)
        check(r.code == 0 and json.loads(r.out) == json.loads(ours_ident),
              'get-caller-identity: awsc printed %r, the AWS CLI %r' % (ours_ident, r.out))
    else:
        print('NOTE no AWS CLI at %s: the cross-checks did not run' % AWS_CLI)

    try:
        os.rmdir(home)
    except OSError:
        pass
    if failures:
        print('fauxqs_test.py: %d check(s) failed' % len(failures), file=sys.stderr)
        return 1
    print('fauxqs_test.py: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
