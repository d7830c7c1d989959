#!/usr/bin/python3
"""SES v2 (rest-json) SendEmail against aws-ses-v2-local, read back through
the server's own GET /store.

    ses_test.py SES_TEST AWSC URL

- SES_TEST (ses_test.c) sends mail through the typed C API and prints
  "sent TAG MESSAGE-ID" for each.
- The awsc command-line tool sends one with --member options and one with
  --cli-input-json; the AWS CLI (/usr/bin/aws, when installed) sends the
  same, and its stored mail must equal awsc's.
- Every mail is looked up in GET /store by its message id: sender,
  recipients (To, Cc, Bcc), reply-to, subject and both bodies must be what
  was sent, UTF-8 included.

Exits non-zero when any check fails.
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS_CLI = '/usr/bin/aws'  # Debian's awscli; another `aws` may come first on PATH

SUBJECT = 'awsc SES v2 test \u2013 caf\u00e9 \u2713'
TEXT = 'Hello from awsc.\nSecond line: <not html> & "quotes" \u00e9\u20ac'
HTML = '<p>Hello from <b>awsc</b> \u2014 caf\u00e9</p>'

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL', what, file=sys.stderr)
    return cond


def run(argv):
    p = exe_wrapper.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        stdin=subprocess.DEVNULL, timeout=120)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8', errors='replace')


def store(url):
    with urllib.request.urlopen(url + '/store', timeout=30) as r:
        return json.loads(r.read().decode('utf-8'))


def expect_mail(mails, message_id, what, to, cc=(), bcc=(), reply_to=(), html=HTML,
                subject=SUBJECT, text=TEXT):
    found = [m for m in mails if m.get('messageId') == message_id]
    if not check(len(found) == 1, '%s: message %s is %d times in the store'
                 % (what, message_id, len(found))):
        return None
    m = found[0]
    check(m.get('from') == 'sender@example.com', '%s: from %r' % (what, m.get('from')))
    dest = m.get('destination', {})
    check(dest.get('to') == list(to), '%s: to %r' % (what, dest.get('to')))
    check(dest.get('cc') == list(cc), '%s: cc %r' % (what, dest.get('cc')))
    check(dest.get('bcc') == list(bcc), '%s: bcc %r' % (what, dest.get('bcc')))
    check(m.get('replyTo') == list(reply_to), '%s: replyTo %r' % (what, m.get('replyTo')))
    check(m.get('subject') == subject, '%s: subject %r' % (what, m.get('subject')))
    body = m.get('body', {})
    check(body.get('text') == text, '%s: text body %r' % (what, body.get('text')))
    check(body.get('html') == html, '%s: html body %r' % (what, body.get('html')))
    return m


def cli_send(program, url, args, what, extra=()):
    code, out, err = run([program, 'sesv2', 'send-email'] + args +
                         ['--endpoint-url', url] + list(extra))
    if not check(code == 0, '%s: exit %d: %s' % (what, code, err.strip())):
        return None
    try:
        message_id = json.loads(out)['MessageId']
    except (ValueError, KeyError) as e:
        check(False, '%s: output %r (%s)' % (what, out[:300], e))
        return None
    check(message_id, '%s: empty MessageId' % what)
    return message_id


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    ses_test, awsc, url = sys.argv[1:]
    home = tempfile.mkdtemp(prefix='awsc-ses-home-')
    for name in list(os.environ):
        if name.startswith('AWS_'):
            del os.environ[name]
    os.environ.update({
        'AWS_ACCESS_KEY_ID': 'AKIDSESTEST',
        'AWS_SECRET_ACCESS_KEY': 'ses/test/secret',
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_PAGER': '',
        'HOME': home,
    })

    # The typed C API.
    code, out, err = run([ses_test, url])
    sys.stderr.write(err)
    check(code == 0, 'ses_test exited %d' % code)
    sent = dict(line.split()[1:3] for line in out.splitlines() if line.startswith('sent '))
    check(set(sent) == {'simple', 'text-only'}, 'ses_test sent %r' % sorted(sent))

    # The command-line tool: members one by one, and the whole input as JSON.
    destination = {'ToAddresses': ['to1@example.com', 'to2@example.com'],
                   'CcAddresses': ['cc@example.com'], 'BccAddresses': ['bcc@example.com']}
    content = {'Simple': {'Subject': {'Data': SUBJECT, 'Charset': 'UTF-8'},
                          'Body': {'Text': {'Data': TEXT, 'Charset': 'UTF-8'},
                                   'Html': {'Data': HTML}}}}
    args = ['--from-email-address', 'sender@example.com',
            '--destination', json.dumps(destination),
            '--reply-to-addresses', json.dumps(['reply@example.com']),
            '--content', json.dumps(content),
            '--email-tags', json.dumps([{'Name': 'campaign', 'Value': 'awsc'}])]
    cli_members = cli_send(awsc, url, args, 'awsc sesv2 send-email')
    whole = {'FromEmailAddress': 'sender@example.com', 'Destination': destination,
             'ReplyToAddresses': ['reply@example.com'], 'Content': content}
    cli_json = cli_send(awsc, url, ['--cli-input-json', json.dumps(whole)],
                        'awsc sesv2 send-email --cli-input-json')
    aws_id = None
    if os.path.exists(AWS_CLI):
        aws_id = cli_send(AWS_CLI, url, args, 'aws sesv2 send-email', ['--output', 'json'])
    else:
        print('NOTE: %s is not installed; no comparison with the AWS CLI' % AWS_CLI)

    # Read everything back through the server's own API.
    mails = store(url).get('emails', [])
    full = dict(to=['to1@example.com', 'to2@example.com'], cc=['cc@example.com'],
                bcc=['bcc@example.com'], reply_to=['reply@example.com'])
    checked = 0
    if 'simple' in sent:
        checked += expect_mail(mails, sent['simple'], 'C API SendEmail', **full) is not None
    if 'text-only' in sent:
        checked += expect_mail(mails, sent['text-only'], 'C API SendEmail (text only)',
                               to=['to1@example.com'], html=None) is not None
    mine = None
    if cli_members:
        mine = expect_mail(mails, cli_members, 'awsc CLI send-email', **full)
        checked += mine is not None
    if cli_json:
        checked += expect_mail(mails, cli_json, 'awsc CLI --cli-input-json', **full) is not None
    if aws_id:
        theirs = expect_mail(mails, aws_id, 'AWS CLI send-email', **full)
        checked += theirs is not None
        if mine and theirs:
            strip = ('messageId', 'at')
            a = {k: v for k, v in mine.items() if k not in strip}
            b = {k: v for k, v in theirs.items() if k not in strip}
            check(a == b, 'the mail awsc sent differs from the AWS CLI\'s:\n  %r\n  %r' % (a, b))

    print('ses_test.py: %d mails read back through GET /store, %d failures'
          % (checked, len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
