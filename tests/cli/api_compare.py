#!/usr/bin/python3
"""awsc beside the AWS CLI (/usr/bin/aws, v2) on the service commands:
every invocation of api_cases.txt run by both tools against the same local
servers (dynalite, fauxqs), in order, their output and exit statuses
compared after the normalisations the file lists. Prints the table of
invocations with both exit statuses and whether the outputs are the same;
a difference fails unless differences.txt lists it (the line's arguments,
then a tab and the reason).

usage: api_compare.py AWSC_TOOL CASES DIFFERENCES
       (AWSC_TEST_DYNALITE_URL and AWSC_TEST_FAUXQS_URL set by servers.py run)
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

AWS = "/usr/bin/aws"
NAMES = {"aws": "aws-t", "awsc": "awsc-t"}
ACCOUNT = re.compile(r"\b\d{12}\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def normalise(text, tool, flags):
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        if tool == "awsc":
            line = re.sub(r"^(usage: |  |)awsc( |:)", r"\1aws\2", line)
            line = line.replace('by running "awsc configure".', 'by running "aws configure".')
        if "exact" not in flags:
            line = line.replace(NAMES[tool], "{t}")
        if "arn" in flags:
            line = UUID.sub("{id}", ACCOUNT.sub("{account}", line))
        lines.append(line.rstrip())
    return lines


def run(tool, argv, url, env):
    command = ([AWS] if tool == "aws" else exe_wrapper.command([sys.argv[1]])) + \
        ["--endpoint-url", url] + argv
    r = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    return r.returncode, r.stdout, r.stderr


def main():
    tool, cases_path, differences_path = sys.argv[1:4]
    urls = {"dynalite": os.environ.get("AWSC_TEST_DYNALITE_URL"),
            "fauxqs": os.environ.get("AWSC_TEST_FAUXQS_URL")}
    listed = {}
    for line in open(differences_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#") and "\t" in line:
            args, reason = line.rstrip("\n").split("\t", 1)
            listed[args] = reason
    home = tempfile.mkdtemp(prefix="awsc-cli-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
                "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": os.path.join(home, "c"),
                "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "k"), "HOME": home,
                "AWS_PAGER": "", "AWS_EC2_METADATA_DISABLED": "true", "COLUMNS": "80"})
    rows, failures = [], 0
    for line in open(cases_path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        server, args, flags = [x.strip() for x in line.rstrip("\n").split(" | ")]
        flags = flags.split()
        case_env = {k: v for k, v in env.items()
                    if not ("nocreds" in flags and k.startswith("AWS_") and "_KEY" in k)
                    and not ("noregion" in flags and k == "AWS_DEFAULT_REGION")}
        results = {}
        for t in ("aws", "awsc"):
            argv = [w.replace("{t}", NAMES[t]).replace("{nl}", "\n") for w in shlex.split(args)]
            results[t] = run(t, argv, urls[server], case_env)
        (rc_a, out_a, err_a), (rc_c, out_c, err_c) = results["aws"], results["awsc"]
        same = rc_a == rc_c
        if "out" in flags:
            same = same and normalise(out_a, "aws", flags) == normalise(out_c, "awsc", flags)
        if "err" in flags:
            same = same and normalise(err_a, "aws", flags) == normalise(err_c, "awsc", flags)
        verdict = "same" if same else "listed" if args in listed else "DIFFERENT"
        rows.append((args, rc_a, rc_c, verdict))
        if verdict == "DIFFERENT":
            failures += 1
            print("DIFFERENT: %s\n  aws  %d\n%s%s  awsc %d\n%s%s" % (
                args, rc_a, out_a, err_a, rc_c, out_c, err_c))
        elif verdict == "listed":
            print("listed difference: %s (%s)" % (args, listed[args]))
    print("\n| invocation | aws exit | awsc exit | output |\n|---|---|---|---|")
    for args, rc_a, rc_c, verdict in rows:
        print("| `%s` | %d | %d | %s |" % (args.replace("|", "\\|"), rc_a, rc_c, verdict))
    same = sum(1 for r in rows if r[3] == "same")
    print("\nservice commands: %d/%d invocations byte-identical to the AWS CLI's after the "
          "listed normalisations, %d listed differences, %d unexplained"
          % (same, len(rows), sum(1 for r in rows if r[3] == "listed"), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
