#!/usr/bin/python3
"""Requests whose endpoints come from the rule sets, against botocore:

- copies from another region: the requests of RDS, Neptune and DocumentDB
  (CopyDBSnapshot, CreateDBCluster, ...) and EC2 CopySnapshot carry the
  same request presigned for the source region (PreSignedUrl /
  PresignedUrl), as botocore's inject_presigned_url_rds and
  inject_presigned_url_ec2 make it;
- SigV4a: S3 multi-region access points and EventBridge global endpoints,
  signed with ECDSA. Those signatures differ at every signing, so botocore's
  (the CRT's) must verify with the public key awsc derives and awsc's
  string to sign (botocore_diff.sigv4a_diffs), and all else must be equal.

Unlike botocore_diff.py, the endpoints here come from the rule sets, so the
URL's region is replaced by the source region (https://rds.us-east-1...),
and the cases are the ones that matter: a source region or none, a URL the
caller made, a DestinationRegion the caller set. Each request (method, URL,
headers with the signature, body byte for byte) must equal botocore's.
Services not compiled into request_dump are left out and said so.

usage: source_region_test.py PATH/request_dump --botocore DIR
"""
import base64
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import botocore_diff as bd  # noqa: E402  (loads botocore, fixes its clock and signer)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

REGION = "us-west-2"
SNAPSHOT_ARN = "arn:aws:rds:us-east-1:123456789012:snapshot:source-snap"
MRAP = "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap"

CASES = [
    # (service, operation, input, what it shows)
    ("ec2", "CopySnapshot",
     {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-0123456789abcdef0"},
     "the URL for us-east-1's endpoint, DestinationRegion appended after it"),
    ("ec2", "CopySnapshot",
     {"SourceRegion": "eu-west-1", "SourceSnapshotId": "snap-1", "Description": "copy of snap-1",
      "Encrypted": True, "KmsKeyId": "alias/key", "DestinationRegion": "ap-south-1"},
     "a DestinationRegion the caller set: replaced in its place by the client's region"),
    ("ec2", "CopySnapshot",
     {"SourceRegion": "us-east-1", "SourceSnapshotId": "snap-1",
      "PresignedUrl": "https://ec2.us-east-1.amazonaws.com/?made=by-the-caller"},
     "a URL the caller made: sent as it is, nothing added"),
    ("rds", "CopyDBSnapshot",
     {"SourceDBSnapshotIdentifier": SNAPSHOT_ARN, "TargetDBSnapshotIdentifier": "copy",
      "SourceRegion": "us-east-1", "KmsKeyId": "arn:aws:kms:us-west-2:123456789012:key/k"},
     "SourceRegion not sent; PreSignedUrl last, DestinationRegion only inside it"),
    ("rds", "CopyDBSnapshot",
     {"SourceDBSnapshotIdentifier": "local-snap", "TargetDBSnapshotIdentifier": "copy"},
     "no SourceRegion: a copy within the region, nothing added"),
    ("rds", "CopyDBSnapshot",
     {"SourceDBSnapshotIdentifier": SNAPSHOT_ARN, "TargetDBSnapshotIdentifier": "copy",
      "SourceRegion": "us-east-1", "PreSignedUrl": "https://rds.us-east-1.amazonaws.com/?x=1"},
     "a URL the caller made: kept, SourceRegion still not sent"),
    ("rds", "CreateDBInstanceReadReplica",
     {"DBInstanceIdentifier": "replica", "SourceDBInstanceIdentifier":
      "arn:aws:rds:us-east-1:123456789012:db:primary", "SourceRegion": "us-east-1"},
     "a cross-region read replica"),
    ("rds", "StartDBInstanceAutomatedBackupsReplication",
     {"SourceDBInstanceArn": "arn:aws:rds:us-east-1:123456789012:db:primary",
      "BackupRetentionPeriod": 7, "SourceRegion": "us-east-1"},
     "automated backups replicated from another region"),
    ("neptune", "CreateDBCluster",
     {"DBClusterIdentifier": "c", "Engine": "neptune", "SourceRegion": "us-east-1",
      "ReplicationSourceIdentifier": "arn:aws:rds:us-east-1:123456789012:cluster:src"},
     "Neptune: the same customization"),
    ("docdb", "CopyDBClusterSnapshot",
     {"SourceDBClusterSnapshotIdentifier": "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:s",
      "TargetDBClusterSnapshotIdentifier": "t", "SourceRegion": "us-east-1"},
     "DocumentDB: the same customization"),
    ("s3", "GetObject", {"Bucket": MRAP, "Key": "dir/key.txt"},
     "an S3 multi-region access point: SigV4a, region set *"),
    ("s3", "PutObject", {"Bucket": MRAP, "Key": "up.txt", "Body": "aGVsbG8="},
     "a PutObject through it (x-amz-content-sha256, the default CRC32 in an aws-chunked trailer)"),
    ("s3", "ListObjectsV2", {"Bucket": MRAP, "Prefix": "a b/"},
     "a listing through it"),
    ("events", "PutEvents",
     {"Entries": [{"Source": "app", "DetailType": "t", "Detail": "{}"}], "EndpointId": "abc.xyz"},
     "an EventBridge global endpoint: SigV4a"),
]


def main():
    if len(sys.argv) != 4 or sys.argv[2] != "--botocore":
        sys.exit(__doc__)
    dump, src = sys.argv[1], sys.argv[3]
    if not os.path.isfile(os.path.join(src, "botocore", "__init__.py")):
        print(f"SKIP: no botocore source at {src} (meson option botocore_src)")
        return bd.SKIP
    bd.load_botocore(os.path.abspath(src), os.path.abspath(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "models")))
    import botocore.session
    compiled = exe_wrapper.run([dump, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    session = botocore.session.get_session()
    clients = {}
    runs = [c for c in CASES if c[0] in compiled]
    left_out = sorted({c[0] for c in CASES} - set(compiled))
    if not runs:
        sys.exit("source_region_test: none of its services is compiled in")
    epoch = int(bd.FIXED_TIME.replace(tzinfo=datetime.timezone.utc).timestamp())
    lines = "".join(f"{s}\t{o}\t{json.dumps(p)}\n" for s, o, p, _ in runs)
    run = exe_wrapper.run([dump, "--region", REGION, "--access-key", bd.ACCESS_KEY,
                          "--secret-key", bd.SECRET_KEY, "--session-token", bd.SESSION_TOKEN,
                          "--time", str(epoch), "--invocation-id", bd.INVOCATION_ID],
                          input=lines, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"source_region_test: request_dump failed: {run.stderr[-2000:]}")
    outs = [json.loads(x) for x in run.stdout.splitlines()]
    ignored = bd.load_list("ignored-headers.txt")
    failed = 0
    for (svc, op, params, what), ours in zip(runs, outs):
        if svc not in clients:
            clients[svc] = session.create_client(
                svc, region_name=REGION, aws_access_key_id=bd.ACCESS_KEY,
                aws_secret_access_key=bd.SECRET_KEY, aws_session_token=bd.SESSION_TOKEN)
        # botocore writes the members in the order of the caller's dict,
        # awsc in the model's: give botocore the model's
        model = clients[svc].meta.service_model
        members = model.operation_model(op).input_shape.members
        params = {k: params[k] for k in members if k in params}
        if "Body" in params:
            params["Body"] = base64.b64decode(params["Body"])
        theirs = bd.botocore_request(clients[svc], op, params)
        if "error" in ours:
            diffs = [f"awsc failed: {ours['error']}"]
        else:
            diffs = bd.compare(model.resolved_protocol, ours, theirs, ignored)
            # byte for byte, not only as parameters
            if base64.b64decode(ours["body"]) != theirs["body"]:
                diffs.append("the bodies are the same parameters but not the same bytes")
        print(f"{'ok  ' if not diffs else 'FAIL'} {svc}.{op}: {what}")
        for d in diffs:
            print("     " + d)
        failed += bool(diffs)
    if left_out:
        print(f"not compiled in, left out: {', '.join(left_out)}")
    print(f"{len(runs) - failed} of {len(runs)} requests equal botocore's")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
