#!/usr/bin/python3
"""botocore's own credential chain, printed as creds_dump prints awsc's.

usage: oracle.py [--profile NAME] [credentials|token|region]

Run with Debian's /usr/bin/python3 (botocore 1.29.27) under the same
environment, files and fakes as creds_dump. One line of JSON:
credentials: session.get_credentials() then get_frozen_credentials(), as
a client signing one request does; token: session.get_auth_token() and its
frozen token; region: the region a client made without one gets (the AWS
CLI asks IMDS, with awscli.utils.IMDSRegionProvider).
"""
import json
import sys

import botocore.session


def main(argv):
    profile = None
    mode = "credentials"
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--profile":
            profile = args.pop(0)
        else:
            mode = a
    session = botocore.session.Session(profile=profile)
    out = {}
    try:
        if mode == "credentials":
            creds = session.get_credentials()
            if creds is None:
                out = {"error": "Unable to locate credentials", "type": "NoCredentialsError"}
            else:
                frozen = creds.get_frozen_credentials()
                expiry = getattr(creds, "_expiry_time", None)
                out = {
                    "access_key": frozen.access_key,
                    "secret_key": frozen.secret_key,
                    "token": frozen.token,
                    "expiry": int(expiry.timestamp()) if expiry else None,
                    "method": creds.method,
                }
                if hasattr(frozen, "account_id"):  # botocore 1.43
                    out["account_id"] = frozen.account_id
        elif mode == "token":
            token = session.get_auth_token()
            if token is None:
                out = {"error": "Unable to locate authorization token", "type": "NoAuthTokenError"}
            else:
                frozen = token.get_frozen_token()
                expiry = frozen.expiration
                if isinstance(expiry, str):
                    import dateutil.parser
                    expiry = dateutil.parser.parse(expiry)
                out = {
                    "token": frozen.token,
                    "expiry": int(expiry.timestamp()) if expiry else None,
                    "method": token.method,
                }
        elif mode == "region":
            # the region a client gets when nothing names one: the AWS
            # CLI's chain (botocore itself has no IMDS region)
            region = session.get_config_variable("region")
            if region is None:
                # IMDSRegionProvider._create_fetcher, but for the plain
                # botocore session (whose user_agent() takes no truncate)
                from awscli.utils import InstanceMetadataRegionFetcher
                from botocore.utils import resolve_imds_endpoint_mode
                region = InstanceMetadataRegionFetcher(
                    timeout=session.get_config_variable("metadata_service_timeout"),
                    num_attempts=session.get_config_variable("metadata_service_num_attempts"),
                    user_agent=session.user_agent(),
                    config={
                        "ec2_metadata_service_endpoint":
                            session.get_config_variable("ec2_metadata_service_endpoint"),
                        "ec2_metadata_service_endpoint_mode":
                            resolve_imds_endpoint_mode(session),
                    }).retrieve_region()
            out = {"region": region}
        else:
            print("usage: oracle.py [--profile NAME] [credentials|token|region]", file=sys.stderr)
            return 2
    except Exception as e:  # botocore's own errors, as it raises them
        out = {"error": str(e), "type": type(e).__name__}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
