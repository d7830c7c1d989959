#!/usr/bin/python3
"""`awsc configure list` and `awsc configure export-credentials` beside the
AWS CLI's (/usr/bin/aws, Debian's awscli 2.9.19) in the same temporary
HOME, files and environment: the same output, byte for byte, and the same
exit status.

usage: cli_configure.py AWSC [AWS] [--left-out CHOICE,...]

A case that needs a credential provider the build leaves out
(-Dcredential_providers) is skipped, saying so: the left-out providers'
own tests (run_scenarios.py, left_out_test.c) check what awsc does then.
"""
import os
import shlex
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fakes import Fakes  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

PROC = """#!/bin/sh
echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS1234", "SecretAccessKey": "proc-secret-5678", \
"SessionToken": "proc-token", "Expiration": "2099-01-01T00:00:00Z"}'
"""

# The providers (-Dcredential_providers choices) each case needs.
NEEDS = {"process": "process", "broken-process": "process", "recursion": "process",
         "imds-region": "imds"}

CASES = [
    ("env", {}, {"AWS_ACCESS_KEY_ID": "AKIDENVKEY5555", "AWS_SECRET_ACCESS_KEY": "envsecret6666",
                 "AWS_SESSION_TOKEN": "env-token", "AWS_DEFAULT_REGION": "ap-south-1"}, []),
    ("env-expiration", {}, {"AWS_ACCESS_KEY_ID": "AKIDENVKEY5555",
                            "AWS_SECRET_ACCESS_KEY": "envsecret6666",
                            "AWS_CREDENTIAL_EXPIRATION": "2099-01-01T00:00:00Z",
                            "AWS_REGION": "sa-east-1"}, []),
    ("config-file", {".aws/config": "[default]\naws_access_key_id = AKIDCFGFILE1111\n"
                                    "aws_secret_access_key = cfgsecret2222\nregion = eu-west-1\n"},
     {}, []),
    ("credentials-file-profile",
     {".aws/config": "[profile p2]\nregion = us-east-2\n",
      ".aws/credentials": "[p2]\naws_access_key_id = AKIDP2CRED3333\n"
                         "aws_secret_access_key = p2secret4444\n"},
     {"AWS_PROFILE": "p2"}, []),
    ("explicit-profile",
     {".aws/config": "[profile p2]\nregion = us-east-2\n",
      ".aws/credentials": "[p2]\naws_access_key_id = AKIDP2CRED3333\n"
                         "aws_secret_access_key = p2secret4444\n"},
     {}, ["--profile", "p2"]),
    ("process", {".aws/config": "[default]\ncredential_process = {home}/proc.sh\n",
                 "proc.sh": PROC}, {}, []),
    ("nothing", {}, {}, []),
    ("broken-process", {".aws/config": "[default]\ncredential_process = /bin/false\n"}, {}, []),
    ("imds-region", {".aws/credentials": "[default]\naws_access_key_id = AKIDIMDSREGION99\n"
                                         "aws_secret_access_key = s\n"},
     {"AWS_EC2_METADATA_DISABLED": None}, []),
    ("recursion", {".aws/config": "[profile loop]\ncredential_process = {tool} configure "
                                  "export-credentials --profile loop\n"},
     {}, ["--profile", "loop"]),
]

COMMANDS = [["configure", "list"]] + [
    ["configure", "export-credentials", "--format", f]
    for f in ("process", "env", "env-no-export", "powershell", "windows-cmd")]


def run(tool, args, case, fakes, work):
    name, files, env_extra, global_args = case
    home = tempfile.mkdtemp(dir=work)
    # a credential_process that runs the tool: behind the exe_wrapper for
    # a program built for another machine
    tool_command = shlex.join(exe_wrapper.command([tool]))
    for rel, text in files.items():
        path = os.path.join(home, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text.replace("{home}", home).replace("{tool}", tool_command))
        if text.startswith("#!"):
            os.chmod(path, 0o755)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home,
           "AWS_CONFIG_FILE": os.path.join(home, ".aws/config"),
           "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, ".aws/credentials"),
           "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_EC2_METADATA_SERVICE_ENDPOINT": fakes.url(fakes.imds) + "/"}
    for k, v in env_extra.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    fakes.reset({"imds_az": "eu-north-1c"})
    # the AWS CLI puts global options anywhere; awsc wants them before the
    # command or after it: after it, for both
    p = exe_wrapper.run([tool] + args + global_args, env=env, capture_output=True, text=True,
                        timeout=120)
    def clean(text):
        return text.replace(home, "<home>").replace(tool, "<tool>")
    shutil.rmtree(home, ignore_errors=True)
    return p.returncode, clean(p.stdout), clean(p.stderr)


def main(argv):
    left_out = set()
    if "--left-out" in argv:
        i = argv.index("--left-out")
        left_out = set(x for x in argv[i + 1].split(",") if x)
        argv = argv[:i] + argv[i + 2:]
    awsc = os.path.abspath(argv[0])
    aws = argv[1] if len(argv) > 1 else "/usr/bin/aws"
    if not os.path.exists(aws):
        print("SKIP: no AWS CLI at %s" % aws)
        return 77
    work = tempfile.mkdtemp(prefix="awsc-cli-")
    fakes = Fakes(work)
    failed = passed = 0
    try:
        for case in CASES:
            if NEEDS.get(case[0]) in left_out:
                print("SKIP %s: this build leaves out %s (-Dcredential_providers)" % (
                    case[0], NEEDS[case[0]]))
                continue
            for cmd in COMMANDS:
                if case[0] == "recursion" and cmd[1] != "export-credentials":
                    continue
                # every format where there is a token and an expiration;
                # elsewhere the list and the default format
                if case[0] not in ("env-expiration", "process") and \
                        cmd[-1] not in ("list", "process"):
                    continue
                a = run(aws, cmd, case, fakes, work)
                b = run(awsc, cmd, case, fakes, work)
                # the same exit status and output; an error as the AWS CLI
                # words it, which awsc may follow with the setting at fault
                if a[:2] == b[:2] and b[2].startswith(a[2].rstrip("\n")):
                    passed += 1
                else:
                    failed += 1
                    print("FAIL %s: %s" % (case[0], " ".join(cmd)))
                    print("  aws  (exit %d):\n%s--- stderr\n%s" % a)
                    print("  awsc (exit %d):\n%s--- stderr\n%s" % b)
    finally:
        fakes.close()
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
