#!/usr/bin/python3
"""The command line's parameter values (tools/cli/shorthand.c) beside the
AWS CLI's own reading of the same words (/usr/bin/aws is Debian's AWS CLI;
its awscli package is imported here as the oracle).

    shorthand.py PROGRAM CASES DIFFERENCES

PROGRAM is shorthand_cases; CASES holds one case a line:
    service operation Member --option word [word...]
(words as JSON strings after the option, see cases.txt). Each case's value
must equal the AWS CLI's, or both must fail with the same message. A case
listed in DIFFERENCES (its line, a tab, the reason) may differ.
"""
import json
import subprocess
import sys


def load_cases(path):
    cases = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        head, words = line.split(" -- ", 1)
        service, operation, member, option = head.split()
        cases.append((line, service, operation, member, option, json.loads(words)))
    return cases


def oracle(driver, service, option, words, op_cli, cli_service):
    from awscli.argprocess import ParamShorthandParser, unpack_cli_arg, ParamError
    from awscli.shorthand import ShorthandParseError
    command = driver._get_command_table()[cli_service]._get_command_table()[op_cli]
    arg = command.arg_table[option[2:]]
    value = words if arg.nargs in ("*", "+") else words[0]
    try:
        parsed = ParamShorthandParser()(arg, value,
                                        "process-cli-arg.%s.%s" % (cli_service, op_cli))
        if parsed is None:
            parsed = unpack_cli_arg(arg, value)
        return {"value": parsed}
    except (ParamError, ShorthandParseError, ValueError) as e:
        return {"error": str(e)}


def kebab(name):
    from botocore import xform_name
    return xform_name(name, "-")


def main():
    program, cases_path, differences_path = sys.argv[1:4]
    try:
        from awscli.clidriver import create_clidriver
    except ImportError:
        print("SKIP: the AWS CLI's python package (awscli) is not installed")
        return 77
    listed = {}
    for line in open(differences_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            case, reason = line.rstrip("\n").split("\t", 1)
            listed[case] = reason
    cases = load_cases(cases_path)
    lines = "".join(json.dumps([s, o, m, opt] + w) + "\n" for _, s, o, m, opt, w in cases)
    out = subprocess.run([program], input=lines, capture_output=True, text=True, check=True)
    results = [json.loads(l) for l in out.stdout.splitlines()]
    driver = create_clidriver()
    same = differ = skipped = 0
    for (line, service, operation, member, option, words), ours in zip(cases, results):
        if "skip" in ours:
            skipped += 1
            continue
        cli_service = "s3api" if service == "s3" else service
        theirs = oracle(driver, service, option, words, kebab(operation), cli_service)
        if "value" in theirs:
            # as botocore sends it: through JSON
            theirs = {"value": json.loads(json.dumps(theirs["value"], default=str))}
        if ours == theirs:
            same += 1
            continue
        if line in listed:
            print("listed difference: %s (%s)" % (line, listed[line]))
            same += 1
            continue
        differ += 1
        print("DIFFERENT: %s\n  awsc:    %s\n  aws cli: %s" % (line, json.dumps(ours),
                                                           json.dumps(theirs)))
    print("parameter values: %d/%d as the AWS CLI reads them, %d differ, %d skipped "
          "(service not built)" % (same, len(cases) - skipped, differ, skipped))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
