#!/usr/bin/python3
"""awsc configure get | set | list and the configure prompt beside the AWS
CLI's (/usr/bin/aws, v2): each tool gets its own empty folder (HOME,
AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE), the same files to start
from and the same sequence of commands; after every command the exit
statuses, stdout and stderr (the program's name normalised) and both files,
byte for byte, must be the same.

usage: configure_compare.py AWSC_TOOL
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

# What the files hold before the first command: comments, blank lines, a
# nested section, a quoted profile name, a section without its last
# newline and lines ended by CRLF (credentials), blank lines at the end.
CONFIG = """# my settings
[default]
region = us-east-1
; output = text
s3 =
    max_concurrent_requests = 4
    addressing_style = path

[profile dev]
region = eu-west-1

[profile "two words"]
output = json
[plugins]
cli_legacy_plugin_path = /opt/plugins
[profile last]
region = us-west-1
  # indented comment
s3 =
  max_bandwidth = 1MB/s


"""
CREDENTIALS = ("[default]\r\naws_access_key_id = AKIDOLD\r\naws_secret_access_key = old\r\n"
               "[dev]\naws_access_key_id = AKIDDEV")

# Each step: the arguments after the program's name, then "<<" and what
# stdin gets (\n for newlines) where the command reads it.
STEPS = r"""
configure get region
configure get output
configure get s3
configure get s3.max_concurrent_requests
configure get s3.nothing
configure get aws_access_key_id
configure get region --profile dev
configure get dev.region
configure get profile.dev.region
configure get default.region
configure get profile.nobody.region
configure get region --profile nobody
configure get plugins.cli_legacy_plugin_path
configure get 'two words.output'
configure get Region
configure get region.x.y
configure get
configure set region
configure set region us-west-2
configure set output text
configure set s3.max_concurrent_requests 20
configure set s3.multipart_threshold 64MB
configure set default.s3.use_accelerate_endpoint true
configure set region ap-south-1 --profile dev
configure set profile.dev.output yaml
configure set profile.dev.s3.max_queue_size 100
configure set profile.new.region sa-east-1
configure set aws_access_key_id AKIDNEW
configure set aws_secret_access_key new --profile dev
configure set aws_session_token tok --profile fresh
configure set profile.other.aws_access_key_id AKIDOTHER
configure set region us-east-2 --profile 'two words'
configure set region ca-central-1 --profile 'with space'
configure set cli_follow_urlparam false
configure set dynamodb.endpoint_url http://localhost:8000 --profile dev
configure set region a b
configure set profile.last.output json
configure set profile.last.s3.max_bandwidth 2MB/s
configure set profile.last.s3.addressing_style virtual
configure get s3.max_bandwidth --profile last
configure get region
configure get output --profile dev
configure get s3.max_queue_size --profile dev
configure get aws_session_token --profile fresh
configure get region --profile 'with space'
configure list
configure list --profile dev
configure << AKIDPROMPT\nsecret1\neu-north-1\njson\n
configure --profile dev << \n\n\ntext\n
configure --profile brandnew << AKIDBRAND\n\n\n\n
configure --profile keysonly << AKIDKEYS\nsecretkeys\n\n\n
configure --profile cut << AKIDCUT\n
configure get aws_access_key_id --profile brandnew
configure get region
"""


def normalise(text, tool, home):
    text = text.replace(home, "{home}")
    if tool == "awsc":
        text = re.sub(r"(?m)^(usage: |  |)awsc( |:)", r"\1aws\2", text)
    return text


def run(tool, home, args, stdin):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"HOME": home, "AWS_CONFIG_FILE": os.path.join(home, "cfg", "config"),
                "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "cfg", "credentials"),
                "AWS_PAGER": "", "AWS_EC2_METADATA_DISABLED": "true"})
    command = [AWS] if tool == "aws" else exe_wrapper.command([sys.argv[1]])
    r = subprocess.run(command + args, input=stdin, capture_output=True, text=True, env=env,
                       timeout=120)
    return r.returncode, normalise(r.stdout, tool, home), normalise(r.stderr, tool, home)


def files(home):
    out = {}
    for name in ("config", "credentials"):
        path = os.path.join(home, "cfg", name)
        out[name] = open(path, "rb").read() if os.path.exists(path) else None
    return out


def main():
    homes = {t: tempfile.mkdtemp(prefix="awsc-configure-%s-" % t) for t in ("aws", "awsc")}
    for home in homes.values():
        os.makedirs(os.path.join(home, "cfg"))
        with open(os.path.join(home, "cfg", "config"), "w") as f:
            f.write(CONFIG)
        with open(os.path.join(home, "cfg", "credentials"), "w") as f:
            f.write(CREDENTIALS)
    failures = rows = 0
    for step in STEPS.strip("\n").split("\n"):
        args, _, stdin = step.partition(" << ")
        stdin = stdin.replace("\\n", "\n") if _ else ""
        results = {t: run(t, homes[t], shlex.split(args), stdin) for t in homes}
        contents = {t: files(homes[t]) for t in homes}
        rows += 1
        same = results["aws"] == results["awsc"] and contents["aws"] == contents["awsc"]
        print("%-4s aws %3d awsc %3d  %s" % ("same" if same else "DIFF", results["aws"][0],
                                              results["awsc"][0], step))
        if not same:
            failures += 1
            for t in ("aws", "awsc"):
                rc, out, err = results[t]
                print("  %s: exit %d\n  stdout %r\n  stderr %r" % (t, rc, out, err))
                for name, data in contents[t].items():
                    print("  %s %s:\n%s" % (t, name, data.decode() if data else data))
    print("\nconfigure: %d/%d commands with the same output, status and files as the AWS CLI's"
          % (rows - failures, rows))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
