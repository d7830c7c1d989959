"""Compares the awsc tool's output formats with the AWS CLI's.

compare.py FORMAT_RUN DATA_DIR DIFFERENCES

Every DATA_DIR/*.json document goes through the AWS CLI's formatters
(awscli.formatter, as the CLI builds them for --output json, text, table,
yaml and yaml-stream, with --color off and the file's name as the
operation's name) and through FORMAT_RUN (tools/cli/format.c); the bytes
must be the same, or both must fail. Tables are compared at three terminal
widths. A difference listed in DIFFERENCES ("FILE FORMAT: reason") is
reported and allowed; any other fails the test.
"""
import copy
import io
import json
import os
import subprocess
import sys

try:
    import awscli.formatter
    import awscli.table
except ImportError as e:
    print('SKIP: the AWS CLI is not importable here (%s): run with /usr/bin/python3' % e)
    sys.exit(77)

TABLE_WIDTHS = (80, 40, 250)


class Args:
    """The parsed globals the formatters read."""

    def __init__(self, doc):
        self.query = FixedQuery(doc)
        self.color = 'off'
        self.output = None


class FixedQuery:
    """--query as a result: the formatters apply it to the response, which
    is how a value other than an object reaches them."""

    def __init__(self, doc):
        self.doc = doc

    def search(self, response):
        return copy.deepcopy(self.doc)


def awscli_output(fmt, doc, title, width):
    stream = io.StringIO()
    if fmt == 'table':
        awscli.table.determine_terminal_width = lambda default_width=80: width
    formatter = awscli.formatter.get_formatter(fmt, Args(doc))
    try:
        formatter(title, {}, stream)
    except Exception as e:  # the AWS CLI fails on this document too
        return None, '%s: %s' % (type(e).__name__, e)
    return stream.getvalue().encode('utf-8'), None


def awsc_output(run, fmt, path, title, width):
    cmd = [run, fmt, '--title', title, path]
    if fmt == 'table':
        cmd += ['--width', str(width)]
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode == 2:
        return None, p.stderr.decode('utf-8', 'replace').strip()
    if p.returncode != 0:
        sys.exit('%s failed (%d): %s' % (' '.join(cmd), p.returncode,
                                         p.stderr.decode('utf-8', 'replace')))
    return p.stdout, None


def read_differences(path):
    allowed = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            key, _, reason = line.partition(':')
            allowed[key.strip()] = reason.strip()
    return allowed


def show(b):
    return '\n'.join('    ' + repr(line) for line in b.decode('utf-8', 'replace').split('\n'))


def main():
    run, data_dir, differences = sys.argv[1:4]
    allowed = read_differences(differences)
    names = sorted(n for n in os.listdir(data_dir) if n.endswith('.json'))
    if not names:
        sys.exit('no documents in %s' % data_dir)
    cases = same = both_fail = 0
    failed = []
    listed = []
    for name in names:
        path = os.path.join(data_dir, name)
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
        title = name[:-len('.json')]
        runs = [('json', 0), ('text', 0)] + [('table', w) for w in TABLE_WIDTHS] + \
               [('yaml', 0), ('yaml-stream', 0)]
        for fmt, width in runs:
            label = fmt + ('@%d' % width if width else '')
            cases += 1
            want, want_err = awscli_output(fmt, doc, title, width)
            got, got_err = awsc_output(run, fmt, path, title, width)
            if want == got and (want is not None or got_err):
                same += 1
                if want is None:
                    both_fail += 1
                    if os.environ.get('VERBOSE'):
                        print('both refuse %s %s: %s | %s' % (name, label, want_err, got_err))
                continue
            key = '%s %s' % (name, label)
            report = ['%s differs' % key]
            if want is None:
                report.append('  the AWS CLI fails: %s' % want_err)
            else:
                report.append('  the AWS CLI:\n' + show(want))
            if got is None:
                report.append('  awsc fails: %s' % got_err)
            else:
                report.append('  awsc:\n' + show(got))
            if key in allowed:
                listed.append('%s (listed: %s)' % (key, allowed[key]))
            else:
                failed.append('\n'.join(report))
    for f in failed:
        print(f)
    for entry in listed:
        print('known difference: ' + entry)
    print('%d/%d documents x formats identical (%d documents; %d of them refused by both; '
          '%d listed differences)' % (same, cases, len(names), both_fail, len(listed)))
    stale = set(allowed) - {entry.split(' (listed')[0] for entry in listed}
    for key in sorted(stale):
        print('differences.txt lists %s, which is identical now: remove it' % key)
    return 1 if failed or stale else 0


if __name__ == '__main__':
    sys.exit(main())
