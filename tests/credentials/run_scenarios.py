#!/usr/bin/python3
"""awsc's credential chain against botocore 1.29.27's, scenario by scenario.

usage: run_scenarios.py CREDS_DUMP [--differences FILE] [--botocore-src DIR] [--table]
                        [--left-out CHOICE,...] [NAME...]

For each scenario: the same files in a fresh temporary HOME (never the
real ~/.aws), the same environment, the same local fakes (fakes.py), then
botocore's own chain (oracle.py under Debian's /usr/bin/python3) and
awsc's (creds_dump), one after the other. They must find the same
credentials (key, secret, token, expiration, method), send the same
requests to the fakes (method, host, path, the headers and parameters
that matter), leave the same files (the SSO token cache), and fail
alike, awsc's error naming the provider and the setting at fault.
Deliberate differences are listed, with their reasons, in
differences.txt; the runner relaxes only those comparisons.

A build may leave credential providers out (-Dcredential_providers; the
meson test passes --left-out process,sso,...). A scenario that needs one
("needs") is then run against awsc alone, and awsc must refuse it: fail
with AWSC_E_UNSUPPORTED, its error naming the option and the provider,
having sent nothing. The instance metadata service ends botocore's chain
and nothing asks for it but credential_source ("imds!"): without it such
a scenario finds nothing ("Unable to locate credentials", no region) and
asks nothing.

Where awsc follows a later botocore (account ids, IMDSv1 disabled, the
container token file, EKS Pod Identity), scenarios marked "newer" are
also run against the botocore of --botocore-src (1.43.67, with this
repository's models), when that folder exists; they are reported SKIP
otherwise.
"""
import json
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fakes import FAR, Fakes, iso  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = [sys.executable if os.path.basename(sys.executable).startswith("python3") and
          sys.executable.startswith("/usr/bin/") else "/usr/bin/python3",
          os.path.join(HERE, "oracle.py")]

NOW = int(time.time())

# SHA-1 names of the SSO token cache, as the AWS CLI writes them
import hashlib  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)


def sso_cache(name):
    return ".aws/sso/cache/%s.json" % hashlib.sha1(name.encode()).hexdigest()


def token_doc(access, expires_at, refresh=True, registration=None):
    d = {"startUrl": "https://d-123.awsapps.com/start", "region": "us-east-1",
         "accessToken": access, "expiresAt": iso(expires_at)}
    if refresh:
        d.update({"clientId": "client-id", "clientSecret": "client-secret",
                  "registrationExpiresAt": iso(registration or NOW + 30 * 86400),
                  "refreshToken": "refresh-token"})
    return json.dumps(d)


PROC = """#!/bin/sh
# credential_process fake: arguments come back in the answer
printf '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "proc-secret", \
"SessionToken": "%s|%s|%s"}' "$1" "$2" "$3"
"""

PROC_EXPIRING = """#!/bin/sh
# first run: credentials that expired; then good ones
n=$(cat "$HOME/count" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "$HOME/count"
if [ $n = 1 ]; then exp=2000-01-01T00:00:00Z; else exp=2099-01-01T00:00:00Z; fi
printf '{"Version": 1, "AccessKeyId": "AKIDRUN%s", "SecretAccessKey": "s%s", \
"SessionToken": "t%s", "Expiration": "%s"}' $n $n $n $exp
"""

PROC_BROKEN = """#!/bin/sh
echo "vault is sealed: cannot issue credentials" >&2
exit 3
"""

PROC_V2 = """#!/bin/sh
echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "B"}'
"""

STATIC = "aws_access_key_id = AKIDSRC\naws_secret_access_key = src-secret\n"
ROLE = "arn:aws:iam::123456789012:role/awsc-test"

# Each scenario: files (under HOME; "{home}" expands), env, the fakes'
# behaviour, the explicit profile, the mode; "names": what awsc's error
# must name (provider, setting); "check": more, on awsc's results;
# "needs": the providers (-Dcredential_providers choices) it reaches, in
# the order it reaches them ("imds!": named by the profile).
SCENARIOS = [
    dict(name="env", newer=True, what="environment: key, secret, session token",
         env={"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret",
              "AWS_SESSION_TOKEN": "env-token"}),
    dict(name="env-partial", what="environment: a key id without its secret",
         env={"AWS_ACCESS_KEY_ID": "AKIDENV"}, names=["env", "AWS_SECRET_ACCESS_KEY"]),
    dict(name="env-expiration", what="environment with AWS_CREDENTIAL_EXPIRATION",
         env={"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret",
              "AWS_SECURITY_TOKEN": "security-token", "AWS_SESSION_TOKEN": "session-token",
              "AWS_CREDENTIAL_EXPIRATION": FAR}),
    dict(name="credentials-file", what="the shared credentials file's default profile",
         files={".aws/credentials": "[default]\n" + STATIC + "aws_session_token = file-token\n"}),
    dict(name="config-file", what="keys in the config file's named profile (AWS_PROFILE)",
         files={".aws/config": "[profile dev]\n" + STATIC},
         env={"AWS_PROFILE": "dev"}),
    dict(name="precedence-env-first", what="env beats the credentials file and config file",
         files={".aws/credentials": "[default]\naws_access_key_id = AKIDFILE\n"
                "aws_secret_access_key = f\n",
                ".aws/config": "[default]\naws_access_key_id = AKIDCFG\naws_secret_access_key = c\n"},
         env={"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"}),
    dict(name="precedence-explicit-profile", what="an explicit profile skips the environment",
         files={".aws/credentials": "[dev]\naws_access_key_id = AKIDDEV\n"
                "aws_secret_access_key = dev-secret\n"},
         env={"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"},
         profile="dev"),
    dict(name="precedence-file-over-process",
         what="the credentials file beats credential_process and the config file",
         files={".aws/credentials": "[default]\n" + STATIC,
                ".aws/config": "[default]\ncredential_process = {home}/proc.sh a\n"
                "aws_access_key_id = AKIDCFG\naws_secret_access_key = c\n",
                "proc.sh": PROC}),
    dict(name="process", needs=["process"],
         what="credential_process split like shlex, run without a shell",
         files={".aws/config": "[default]\ncredential_process = \"{home}/my tools/proc.sh\" "
                "--token 'a b; touch {home}/pwned' \"x'y\"\n",
                "my tools/proc.sh": PROC},
         check=lambda home, r, recs: None if not os.path.exists(os.path.join(home, "pwned"))
         else "credential_process went through a shell"),
    dict(name="process-precedence-over-config", needs=["process"],
         what="credential_process beats keys in the same config profile",
         files={".aws/config": "[default]\ncredential_process = {home}/proc.sh only\n"
                "aws_access_key_id = AKIDCFG\naws_secret_access_key = c\n",
                "proc.sh": PROC}),
    dict(name="process-broken", needs=["process"],
         what="a credential_process that fails: its stderr quoted",
         files={".aws/config": "[default]\ncredential_process = {home}/proc.sh\n",
                "proc.sh": PROC_BROKEN},
         names=["custom-process", "credential_process", "vault is sealed"]),
    dict(name="process-version", needs=["process"],
         what="a credential_process answering version 2",
         files={".aws/config": "[default]\ncredential_process = {home}/proc.sh\n",
                "proc.sh": PROC_V2},
         names=["custom-process", "Unsupported version '2'"]),
    dict(name="process-account-id", needs=["process"],
         what="credential_process's AccountId (botocore 1.43)",
         newer=True,
         files={".aws/config": "[default]\ncredential_process = {home}/proc.sh\n",
                "proc.sh": "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDACCT\", "
                "\"SecretAccessKey\": \"s\", \"AccountId\": \"444455556666\"}'\n"}),
    dict(name="process-expired-refreshed", needs=["process"],
         what="credential_process gives expired credentials, then fresh ones",
         files={".aws/config": "[default]\ncredential_process = {home}/proc.sh\n",
                "proc.sh": PROC_EXPIRING}),
    dict(name="assume-role", needs=["assume_role"], newer=True, newer_requests=True,
         what="source_profile with keys; external_id, role_session_name, "
         "duration_seconds; the default STS endpoint for us-east-1",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = src\n"
                "external_id = ext-42\nrole_session_name = awsc-test-session\n"
                "duration_seconds = 1800\nregion = us-east-1\n",
                ".aws/credentials": "[src]\n" + STATIC},
         env={"AWS_PROFILE": "role"}),
    dict(name="assume-role-legacy", needs=["assume_role"], newer=True, newer_requests=True,
         what="sts_regional_endpoints = legacy: the global STS endpoint for us-west-2",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = src\n"
                "region = us-west-2\nsts_regional_endpoints = legacy\n",
                ".aws/credentials": "[src]\n" + STATIC},
         env={"AWS_PROFILE": "role"}),
    dict(name="assume-role-regional", needs=["assume_role"], what="assume-role in eu-west-1 with "
         "sts_regional_endpoints = regional: the regional STS endpoint, default session name",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = src\n"
                "region = eu-west-1\nsts_regional_endpoints = regional\n",
                ".aws/credentials": "[src]\n" + STATIC},
         env={"AWS_PROFILE": "role"}),
    dict(name="assume-role-mfa", needs=["assume_role"],
         what="mfa_serial: SerialNumber and the prompt's TokenCode",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = src\n"
                "mfa_serial = arn:aws:iam::123456789012:mfa/alice\n",
                ".aws/credentials": "[src]\n" + STATIC},
         env={"AWS_PROFILE": "role"}, mfa="314159"),
    dict(name="assume-role-chain", needs=["assume_role"],
         newer=True, newer_requests=True, what="a role whose source is a role whose source has keys",
         files={".aws/config": "[profile a]\nrole_arn = arn:aws:iam::111111111111:role/a\n"
                "source_profile = b\n[profile b]\nrole_arn = arn:aws:iam::222222222222:role/b\n"
                "source_profile = c\n[profile c]\n" + STATIC},
         env={"AWS_PROFILE": "a", "AWS_DEFAULT_REGION": "us-west-2"}),
    dict(name="assume-role-cycle", needs=["assume_role"], what="source_profile a -> b -> a",
         files={".aws/config": "[profile a]\nrole_arn = " + ROLE + "\nsource_profile = b\n"
                "[profile b]\nrole_arn = " + ROLE + "\nsource_profile = a\n"},
         env={"AWS_PROFILE": "a"}, names=["Infinite loop", "profile a", "'a', 'b'"]),
    dict(name="assume-role-self-source", needs=["assume_role"],
         what="a profile that is its own source_profile",
         files={".aws/config": "[profile me]\nrole_arn = " + ROLE + "\nsource_profile = me\n"
                + STATIC},
         env={"AWS_PROFILE": "me"}),
    dict(name="assume-role-missing-source", needs=["assume_role"],
         what="source_profile names no profile",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = gone\n"},
         env={"AWS_PROFILE": "role"}, names=["source_profile", "\"gone\"", "\"role\""]),
    dict(name="assume-role-credential-source-env", needs=["assume_role"],
         what="credential_source = Environment",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\n"
                "credential_source = Environment\n"},
         env={"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"},
         profile="role"),
    dict(name="assume-role-credential-source-container", needs=["assume_role", "container"],
         what="credential_source = EcsContainer, with its authorization token",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\n"
                "credential_source = EcsContainer\n"},
         env={"AWS_PROFILE": "role", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/task",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Basic c2VjcmV0"}),
    dict(name="assume-role-credential-source-imds", needs=["assume_role", "imds!"],
         what="credential_source = Ec2InstanceMetadata",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\n"
                "credential_source = Ec2InstanceMetadata\n"},
         env={"AWS_PROFILE": "role"}, beh={"imds_role": "instance-role"}),
    dict(name="assume-role-bad-credential-source", needs=["assume_role"],
         what="credential_source = Vault",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\n"
                "credential_source = Vault\n"},
         env={"AWS_PROFILE": "role"}, names=["credential source", "\"Vault\"", "\"role\""]),
    dict(name="assume-role-denied", needs=["assume_role"], what="STS refuses AssumeRole",
         files={".aws/config": "[profile role]\nrole_arn = " + ROLE + "\nsource_profile = src\n",
                ".aws/credentials": "[src]\n" + STATIC},
         env={"AWS_PROFILE": "role"}, beh={"sts_error": ("AccessDenied", "not authorized")},
         names=["AccessDenied", "AssumeRole", "not authorized"]),
    dict(name="web-identity-env", needs=["assume_role"],
         newer=True, what="AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN, "
         "AWS_ROLE_SESSION_NAME: AssumeRoleWithWebIdentity, unsigned",
         files={"token.jwt": "eyJ.web.token"},
         env={"AWS_WEB_IDENTITY_TOKEN_FILE": "{home}/token.jwt", "AWS_ROLE_ARN": ROLE,
              "AWS_ROLE_SESSION_NAME": "pod-session", "AWS_DEFAULT_REGION": "us-west-2",
              "AWS_STS_REGIONAL_ENDPOINTS": "regional"}),
    dict(name="web-identity-profile", needs=["assume_role"],
         what="web_identity_token_file and role_arn in the profile",
         files={"token.jwt": "eyJ.profile.token",
                ".aws/config": "[default]\nweb_identity_token_file = {home}/token.jwt\n"
                "role_arn = " + ROLE + "\n"}),
    dict(name="web-identity-missing-token-file", needs=["assume_role"],
         what="the token file does not exist",
         env={"AWS_WEB_IDENTITY_TOKEN_FILE": "{home}/nope.jwt", "AWS_ROLE_ARN": ROLE},
         names=["web-identity", "nope.jwt", "AWS_WEB_IDENTITY_TOKEN_FILE"]),
    dict(name="web-identity-no-role", needs=["assume_role"], what="a token file but no role ARN",
         files={"token.jwt": "t"}, env={"AWS_WEB_IDENTITY_TOKEN_FILE": "{home}/token.jwt"},
         names=["web identity", "AWS_ROLE_ARN", "role_arn"]),
    dict(name="sso-legacy", needs=["sso"],
         what="a legacy SSO profile: the token cached under the start URL",
         files={".aws/config": "[default]\nsso_start_url = https://d-123.awsapps.com/start\n"
                "sso_region = us-east-1\nsso_account_id = 123456789012\n"
                "sso_role_name = ReadOnly\n",
                sso_cache("https://d-123.awsapps.com/start"):
                token_doc("legacy-access", NOW + 3600, refresh=False)},
         beh={"sso_tokens": ["legacy-access"]}),
    dict(name="sso-session", needs=["sso"],
         newer=True, what="an sso-session profile with a valid cached token",
         files={".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\n"
                "sso_role_name = Admin\n[sso-session corp]\n"
                "sso_start_url = https://d-123.awsapps.com/start\nsso_region = eu-central-1\n",
                sso_cache("corp"): token_doc("session-access", NOW + 4 * 3600)},
         beh={"sso_tokens": ["session-access"]}),
    dict(name="sso-session-refresh", needs=["sso"],
         what="an sso-session token 5 minutes from expiring: CreateToken, cache rewritten",
         files={".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\n"
                "sso_role_name = Admin\n[sso-session corp]\n"
                "sso_start_url = https://d-123.awsapps.com/start\nsso_region = us-east-1\n",
                sso_cache("corp"): token_doc("old-access", NOW + 300)},
         beh={"sso_tokens": ["refreshed-access-1"]}, read_after=[sso_cache("corp")]),
    dict(name="sso-no-token", needs=["sso"], what="an SSO profile nobody logged in with",
         files={".aws/config": "[default]\nsso_session = corp\nsso_account_id = 123456789012\n"
                "sso_role_name = Admin\n[sso-session corp]\n"
                "sso_start_url = https://d-123.awsapps.com/start\nsso_region = us-east-1\n"},
         names=["SSO Token", "corp"]),
    dict(name="sso-missing-setting", needs=["sso"], what="an SSO profile without sso_region",
         files={".aws/config": "[profile s]\nsso_start_url = https://d-123.awsapps.com/start\n"
                "sso_account_id = 1\nsso_role_name = r\n"},
         env={"AWS_PROFILE": "s"}, names=["\"s\"", "SSO", "sso_region"]),
    dict(name="sso-token-provider", needs=["sso"],
         what="the bearer token of the profile's sso-session "
         "(botocore's SSOTokenProvider), refreshed", mode="token",
         files={".aws/config": "[default]\nsso_session = corp\n[sso-session corp]\n"
                "sso_start_url = https://d-123.awsapps.com/start\nsso_region = us-west-2\n",
                sso_cache("corp"): token_doc("old-access", NOW + 600)},
         read_after=[sso_cache("corp")], relative_expiry=True),
    dict(name="container-full-uri", needs=["container"],
         newer=True, what="AWS_CONTAINER_CREDENTIALS_FULL_URI on 127.0.0.1 with "
         "AWS_CONTAINER_AUTHORIZATION_TOKEN",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/v2/credentials",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer pod-token"}),
    dict(name="container-retry", needs=["container"],
         what="the container endpoint fails once, then answers",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/creds"},
         beh={"container": [500, "ok"]}),
    dict(name="container-expiring-refreshed", needs=["container"],
         what="container credentials 5 minutes from expiring are fetched again at once",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/creds"},
         beh={"container": [lambda n: iso(NOW + 300), "ok"]}),
    dict(name="container-bad-host", needs=["container"],
         what="a full URI on a host that is not allowed",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"},
         names=["Unsupported host 'example.com'", "AWS_CONTAINER_CREDENTIALS_FULL_URI"]),
    dict(name="container-not-json", needs=["container"],
         what="the container endpoint answers HTML three times",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/creds"},
         beh={"container": ["notjson"]},
         names=["container-role", "Unable to parse JSON"]),
    dict(name="imds-v2", needs=["imds"],
         what="IMDSv2: a session token, then the role and its credentials",
         beh={"imds_role": "web-role"}),
    dict(name="imds-v1-fallback", needs=["imds"],
         what="the token request is refused (403): IMDSv1",
         beh={"imds_role": "web-role", "imds_token": 403}),
    dict(name="imds-token-timeout", needs=["imds"],
         what="the token request times out (1 s): IMDSv1",
         env={"AWS_METADATA_SERVICE_TIMEOUT": "1"},
         beh={"imds_role": "web-role", "imds_token": 1.6}),
    dict(name="imds-attempts", needs=["imds"],
         what="metadata_service_num_attempts = 3 with a server error "
         "on the token, then IMDSv1",
         files={".aws/config": "[default]\nmetadata_service_num_attempts = 3\n"},
         beh={"imds_role": "web-role", "imds_token": 500}),
    dict(name="imds-v1-disabled", needs=["imds"],
         what="ec2_metadata_v1_disabled (botocore 1.43) and a token "
         "refused: no IMDSv1 request", newer=True,
         files={".aws/config": "[default]\nec2_metadata_v1_disabled = true\n"},
         beh={"imds_role": "web-role", "imds_token": 403},
         names=["IMDSv1 has been disabled", "ec2_metadata_v1_disabled"]),
    dict(name="imds-disabled", needs=["imds"],
         what="AWS_EC2_METADATA_DISABLED=true: nothing found",
         env={"AWS_EC2_METADATA_DISABLED": "true"}, beh={"imds_role": "web-role"},
         names=["Unable to locate credentials"]),
    dict(name="imds-ipv6-mode", needs=["imds"],
         what="ec2_metadata_service_endpoint_mode = IPv6 (through a "
         "proxy): http://[fd00:ec2::254]",
         files={".aws/config": "[default]\nec2_metadata_service_endpoint_mode = IPv6\n"},
         env={"AWS_EC2_METADATA_SERVICE_ENDPOINT": None, "http_proxy": "{proxy}"},
         beh={"imds_role": "web-role"}),
    dict(name="ec2-credentials-file", what="AWS_CREDENTIAL_FILE of the EC2 tools",
         files={"ec2creds": "AWSAccessKeyId=AKIDEC2\nAWSSecretKey = ec2-secret\n"},
         env={"AWS_CREDENTIAL_FILE": "{home}/ec2creds"}),
    dict(name="boto-config", what="BOTO_CONFIG's [Credentials]",
         files={"boto.cfg": "[Credentials]\n" + STATIC},
         env={"BOTO_CONFIG": "{home}/boto.cfg"}),
    dict(name="container-token-file", needs=["container"],
         what="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (EKS Pod "
         "Identity; botocore 1.43), read at each fetch, over AWS_CONTAINER_AUTHORIZATION_TOKEN",
         files={"eks-token": "eks-pod-identity-token"},
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{container}/v1/credentials",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "{home}/eks-token",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-the-file-is-set"},
         newer=True,
         check=lambda home, r, recs: None if recs and all(
             x.get("authorization") == "eks-pod-identity-token" for x in recs)
         else "awsc did not send the token file's token: %s" % recs),
    dict(name="container-eks-host", needs=["container"],
         what="the EKS Pod Identity agent's address, "
         "http://169.254.170.23 (through a proxy here)",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN": "eks-token", "http_proxy": "{proxy}"},
         check=lambda home, r, recs: None if r.get("method") == "container-role" and recs and
         recs[0].get("host") == "169.254.170.23" else "awsc: %s %s" % (r, recs)),
    dict(name="container-relative-uri", needs=["container"],
         what="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "
         "http://169.254.170.2 and the path (through a proxy here)",
         env={"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/task-42",
              "http_proxy": "{proxy}"}, awsc_only=True,
         check=lambda home, r, recs: None if r.get("access_key") == "ASIACONT0001" and
         recs == [{"server": "container", "method": "GET", "path": "/v2/credentials/task-42",
                   "authorization": None, "accept": "application/json",
                   "host": "169.254.170.2"}] else "awsc: %s %s" % (r, recs)),
    dict(name="region-from-imds", needs=["imds"],
         what="a client made without a region asks IMDS for the "
         "instance's (the AWS CLI's IMDSRegionProvider)", mode="region",
         env={"AWS_EC2_METADATA_SERVICE_ENDPOINT": "{imds}/"}, beh={"imds_az": "eu-north-1c"}),
    dict(name="region-from-profile", what="a profile's region: IMDS is not asked", mode="region",
         files={".aws/config": "[default]\nregion = ca-central-1\n"},
         beh={"imds_az": "eu-north-1c"}),
    dict(name="nothing", needs=["imds"],
         what="no credentials anywhere", names=["Unable to locate credentials"]),
]


def load_differences(path):
    """name | what | reason lines: the comparisons not made, and why."""
    out = {}
    if not path or not os.path.exists(path):
        return out
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, what, reason = [x.strip() for x in line.split("|", 2)]
            out.setdefault(name, {})[what] = reason
    return out


def expand(value, ctx):
    return value.replace("{home}", ctx["home"]).replace("{container}", ctx["container"]) \
        .replace("{proxy}", ctx["proxy"]).replace("{imds}", ctx["imds"])


def run_side(fakes, sc, cmd, work, extra_env=None):
    home = tempfile.mkdtemp(prefix="home-", dir=work)
    ctx = {"home": home, "container": fakes.url(fakes.container), "proxy": fakes.url(fakes.proxy),
           "imds": fakes.url(fakes.imds)}
    for rel, text in sc.get("files", {}).items():
        path = os.path.join(home, expand(rel, ctx))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(expand(text, ctx))
        if text.startswith("#!"):
            os.chmod(path, 0o755)
    env = {
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, ".aws/config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, ".aws/credentials"),
        "AWS_CA_BUNDLE": fakes.ca_file,
        "https_proxy": ctx["proxy"], "HTTPS_PROXY": ctx["proxy"],
        "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": fakes.url(fakes.imds),
    }
    for k, v in sc.get("env", {}).items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = expand(v, ctx)
    fakes.reset(sc.get("beh"))
    args = list(cmd)
    if sc.get("profile"):
        args += ["--profile", sc["profile"]]
    is_oracle = args[0].endswith("python3")
    if sc.get("mfa") and not is_oracle:
        args += ["--mfa", sc["mfa"]]
    args.append(sc.get("mode", "credentials"))
    env.update(extra_env or {})
    # botocore prompts with getpass: without a terminal (a session of its
    # own) it reads the code from stdin
    p = exe_wrapper.run(args, env=env, capture_output=True, timeout=120, text=True,
                        input=(sc.get("mfa", "") + "\n") if is_oracle else None,
                        start_new_session=True)
    lines = p.stdout.strip().splitlines()
    try:
        result = json.loads(lines[-1])
        if p.returncode != 0:  # a sanitizer's report at exit, say
            raise ValueError
    except (IndexError, ValueError):
        result = {"error": "no JSON from %s: rc %d, stderr %s" % (args[0], p.returncode,
                                                                  p.stderr[-2000:]),
                  "crash": True}
    # each side has its own HOME: name it alike
    result = json.loads(json.dumps(result).replace(home, "<home>"))
    records = json.loads(json.dumps(fakes.take()).replace(home, "<home>"))
    after = {}
    for rel in sc.get("read_after", []):
        try:
            with open(os.path.join(home, rel)) as f:
                after[rel] = f.read()
        except OSError as e:
            after[rel] = "<%s>" % e.strerror
    extra = sc["check"](home, result, records) if "check" in sc else None
    shutil.rmtree(home, ignore_errors=True)
    return result, records, after, extra


def normalize_cache(text):
    """Timestamps near now become <time>: the two runs happen seconds apart."""
    try:
        doc = json.loads(text)
    except ValueError:
        return text
    for k in ("expiresAt",):
        if k in doc:
            doc[k] = "<time>"
    return json.dumps(doc)


def compare(sc, bot, aws, allowed):
    problems = []
    rb, recb, afb, _ = bot
    ra, reca, afa, extra = aws
    if extra:
        problems.append(extra)
    if ra.get("crash"):
        problems.append("awsc: " + ra["error"])
    if rb.get("crash"):
        problems.append("botocore: " + rb["error"])
    berr, aerr = "error" in rb, "error" in ra
    if berr != aerr and "result" not in allowed:
        problems.append("botocore %s, awsc %s" % ("failed: " + rb["error"] if berr else "succeeded",
                                                   "failed: " + ra["error"] if aerr else
                                                   "succeeded"))
    elif berr and aerr:
        if not sc.get("names"):
            problems.append("both failed where credentials were expected: %s" % ra["error"])
        for name in sc.get("names", []):
            if name not in ra["error"]:
                problems.append("awsc's error does not name %r: %s" % (name, ra["error"]))
    elif not berr and "result" not in allowed:
        keys = {"token": ("token", "expiry", "method"), "region": ("region",)}.get(
            sc.get("mode"), ("access_key", "secret_key", "token", "expiry", "method"))
        if "account_id" in rb:  # botocore 1.43 carries them
            keys = keys + ("account_id",)
        for k in keys:
            if k == "expiry" and sc.get("relative_expiry") and rb.get(k) and ra.get(k) and \
                    abs(rb[k] - ra[k]) <= 10:
                continue  # "now + expiresIn", each at its own run
            if rb.get(k) != ra.get(k):
                problems.append("%s: botocore %r, awsc %r" % (k, rb.get(k), ra.get(k)))
    if "requests" not in allowed and recb != reca:
        problems.append("requests differ:\n    botocore %s\n    awsc     %s" % (
            json.dumps(recb), json.dumps(reca)))
    for rel in set(afb) | set(afa):
        if normalize_cache(afb.get(rel, "")) != normalize_cache(afa.get(rel, "")):
            problems.append("%s differs:\n    botocore %s\n    awsc     %s" % (
                rel, afb.get(rel), afa.get(rel)))
    return problems


def left_out_need(sc, left_out):
    """What a build without left_out must do instead: ("refused", choice),
    ("nothing", "imds"), or None when the scenario needs none of them."""
    for need in sc.get("needs", []):
        choice = need.rstrip("!")
        if choice in left_out:
            return ("nothing" if choice == "imds" and not need.endswith("!") else "refused",
                    choice)
    return None


def check_left_out(sc, aws, expect):
    """awsc's result in a build that leaves out what sc needs."""
    r, records = aws[0], aws[1]
    how, choice = expect
    problems = []
    if r.get("crash"):
        problems.append("awsc: " + r["error"])
    elif how == "refused":
        option = "-Dcredential_providers without %s" % choice
        if r.get("status") != "AWSC_E_UNSUPPORTED" or option not in r.get("error", ""):
            problems.append("expected AWSC_E_UNSUPPORTED naming %r, got %s" % (option, r))
    elif sc.get("mode") == "region":
        if r.get("region") is not None:
            problems.append("expected no region without IMDS, got %s" % r)
    elif "Unable to locate credentials" not in r.get("error", ""):
        problems.append("expected \"Unable to locate credentials\" without IMDS, got %s" % r)
    if records:
        problems.append("requests sent: %s" % json.dumps(records))
    return problems


def summary(r):
    if "error" in r:
        return "error: " + r["error"][:90]
    if "region" in r:
        return "region %s" % r["region"]
    return "%s %s (%s)" % (r.get("access_key") or r.get("token"), r.get("expiry"), r.get("method"))


def main(argv):
    dump = argv[0]
    differences_file = os.path.join(HERE, "differences.txt")
    botocore_src = os.path.join(HERE, "..", "..", "..", "shared", "botocore-src")
    table = False
    names = []
    left_out = set()
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--differences":
            differences_file = args.pop(0)
        elif a == "--table":
            table = True
        elif a == "--botocore-src":
            botocore_src = args.pop(0)
        elif a == "--left-out":
            left_out = set(x for x in args.pop(0).split(",") if x)
        else:
            names.append(a)
    differences = load_differences(differences_file)
    newer_env = None
    if botocore_src and os.path.isdir(os.path.join(botocore_src, "botocore")):
        newer_env = {"PYTHONPATH": os.path.abspath(botocore_src),
                     "AWS_DATA_PATH": os.path.join(HERE, "..", "..", "models")}
    else:
        print("SKIP the botocore 1.43 comparisons: no botocore source at %s "
              "(--botocore-src)" % botocore_src)
    work = tempfile.mkdtemp(prefix="awsc-creds-")
    fakes = Fakes(work)
    failed = passed = 0
    rows = []
    try:
        for sc in SCENARIOS:
            if names and sc["name"] not in names:
                continue
            allowed = differences.get(sc["name"], {})
            if "skip" in allowed:
                print("SKIP %s: %s" % (sc["name"], allowed["skip"]))
                continue
            expect = left_out_need(sc, left_out)
            if expect:
                # botocore has what this build leaves out: awsc alone
                aws = run_side(fakes, sc, [dump], work)
                problems = check_left_out(sc, aws, expect)
                rows.append((sc["name"], "(not run: %s left out)" % expect[1], summary(aws[0]),
                             not problems))
                if problems:
                    failed += 1
                    print("FAIL %s (%s; %s left out)" % (sc["name"], sc["what"], expect[1]))
                    for p in problems:
                        print("  " + p)
                else:
                    passed += 1
                    print("ok   %s: %s left out: %s; no request" % (
                        sc["name"], expect[1],
                        aws[0].get("error") or "region %s" % aws[0].get("region")))
                continue
            aws = run_side(fakes, sc, [dump], work)
            if sc.get("awsc_only"):
                # botocore cannot be pointed at this one (see differences.txt)
                bot = ({"error": "not run"}, [], {}, None)
                problems = [p for p in (aws[3],) if p]
            else:
                bot = run_side(fakes, sc, ORACLE, work)
                problems = compare(sc, bot, aws, allowed)
            newer = None
            if sc.get("newer") and newer_env:
                # awsc follows the later botocore here: the same credentials,
                # account id and errors as it (and, where the scenario says
                # newer_requests, the same requests)
                newer = run_side(fakes, sc, ORACLE, work, newer_env)
                newer_problems = compare(dict(sc, newer_run=True), newer, aws,
                                         {} if sc.get("newer_requests") else {"requests": 1})
                problems += ["botocore 1.43: " + p for p in newer_problems]
            rows.append((sc["name"], summary(bot[0]), summary(aws[0]), not problems))
            if problems:
                failed += 1
                print("FAIL %s (%s)" % (sc["name"], sc["what"]))
                for p in problems:
                    print("  " + p)
            else:
                passed += 1
                print("ok   %s: %s; %d request(s)%s%s" % (
                    sc["name"], summary(aws[0]), len(aws[1]),
                    "; allowed: " + ", ".join(allowed) if allowed else "",
                    "; same as botocore 1.43 too" if newer else ""))
    finally:
        fakes.close()
        shutil.rmtree(work, ignore_errors=True)
    if table:
        print("\n| scenario | botocore 1.29.27 | awsc | same |\n| --- | --- | --- | --- |")
        for name, b, a, same in rows:
            print("| %s | %s | %s | %s |" % (name, b.replace("|", "/"), a.replace("|", "/"),
                                            "yes" if same else "NO"))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
