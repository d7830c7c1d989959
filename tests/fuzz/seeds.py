#!/usr/bin/python3
"""Writes the seed inputs of the fuzz targets:

- tests/fuzz/responses/ (response_fuzz): one realistic response of each
  kind the parsers meet (every protocol, success and error, headers,
  payloads, blobs, timestamps, flattened lists and maps, XML attributes, an
  error inside a 200), and event streams (the binary framing of S3 Select,
  Bedrock, Lambda and Kinesis, from tests/eventstream/scenarios.py);
- tests/fuzz/requests/ (request_fuzz): valid inputs, made from the models
  by the differential test's random input maker (seeded, so the files come
  out the same), for chosen operations of the default services and S3's
  customized ones;
- tests/fuzz/configs/ (config_fuzz): shared config and credentials files
  as people write them.

The inputs a fuzzing run finds a bug with are kept beside them (crash-*,
named by libFuzzer).

usage: seeds.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "diff"))
sys.path.insert(0, os.path.join(HERE, "..", "eventstream"))
import botocore_diff as bd  # noqa: E402
import scenarios  # noqa: E402
import botocore.session  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "protocol"))
from cbor_items import Tag, encode as cbor  # noqa: E402

# (service, operation): every operation S3's customizations touch, and
# some of each other default service and protocol
REQUEST_SEEDS = [
    ("s3", op) for op in (
        "PutObject", "GetObject", "CopyObject", "UploadPart", "UploadPartCopy",
        "CreateMultipartUpload", "CompleteMultipartUpload", "ListObjects", "ListObjectsV2",
        "ListObjectVersions", "DeleteObjects", "PutBucketLifecycleConfiguration",
        "GetBucketLocation", "HeadObject", "PutBucketAcl", "PutObjectTagging", "SelectObjectContent",
        "WriteGetObjectResponse", "CreateBucket")
] + [
    ("ec2", "CopySnapshot"), ("ec2", "RunInstances"), ("ec2", "DescribeInstances"),
    ("ec2", "CreateTags"), ("dynamodb", "PutItem"), ("dynamodb", "Query"),
    ("dynamodb", "TransactWriteItems"), ("dynamodb", "BatchWriteItem"),
    ("sqs", "SendMessageBatch"), ("sqs", "ReceiveMessage"), ("sqs", "SetQueueAttributes"),
    ("sns", "Publish"), ("sns", "SetSubscriptionAttributes"), ("sts", "AssumeRole"),
    ("iam", "PutRolePolicy"), ("iam", "CreateRole"), ("lambda", "Invoke"),
    ("lambda", "CreateFunction"), ("lambda", "UpdateFunctionConfiguration"),
    ("sesv2", "SendEmail"), ("sesv2", "PutEmailIdentityDkimSigningAttributes"),
    ("kinesis", "PutRecords"), ("ssm", "PutParameter"), ("ssm", "SendCommand"),
]

SEEDS = {
    "s3-list-objects-v2": ("s3 ListObjectsV2 200", {"x-amz-request-id": "R1"}, """<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>a%2Fb</Prefix>
<KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter><EncodingType>url</EncodingType>
<IsTruncated>true</IsTruncated><NextContinuationToken>tok==</NextContinuationToken>
<Contents><Key>a%2Fb%2Fcaf%C3%A9.txt</Key><LastModified>2023-03-14T15:09:26.000Z</LastModified>
<ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm>
<Size>11</Size><StorageClass>STANDARD</StorageClass><Owner><ID>o</ID><DisplayName>me</DisplayName></Owner></Contents>
<Contents><Key>k2</Key><Size>0</Size></Contents>
<CommonPrefixes><Prefix>a%2Fb%2Fc%2F</Prefix></CommonPrefixes></ListBucketResult>"""),
    "s3-get-object": ("s3 GetObject 200", {
        "Content-Length": "11", "Content-Type": "text/plain", "ETag": '"abc"',
        "Last-Modified": "Tue, 14 Mar 2023 15:09:26 GMT", "Expires": "Wed, 15 Mar 2023 00:00:00 GMT",
        "x-amz-meta-color": "blue", "x-amz-meta-Empty": "", "x-amz-checksum-crc32": "DUoRhQ==",
        "x-amz-version-id": "v1", "x-amz-delete-marker": "false", "x-amz-mp-parts-count": "3",
        "x-amz-object-lock-retain-until-date": "2030-01-01T00:00:00Z", "Accept-Ranges": "bytes",
        "Content-Range": "bytes 0-10/11"}, "hello world"),
    "s3-head-object": ("s3 HeadObject 200", {
        "Content-Length": "5368709120", "x-amz-restore": 'ongoing-request="false"',
        "x-amz-server-side-encryption": "aws:kms", "x-amz-bucket-key-enabled": "true",
        "Expires": "not a date"}, ""),
    "s3-get-bucket-acl": ("s3 GetBucketAcl 200", {}, """<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Owner><ID>o</ID></Owner><AccessControlList>
<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>o</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>
<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>
</AccessControlList></AccessControlPolicy>"""),
    "s3-error": ("s3 PutObject 403", {"x-amz-request-id": "R2", "x-amz-id-2": "id2"},
                 "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message>"
                 "<RequestId>R2</RequestId><HostId>h</HostId></Error>"),
    "s3-no-such-key": ("s3 GetObject 404", {}, "<Error><Code>NoSuchKey</Code><Key>k</Key></Error>"),
    "s3-bucket-location": ("s3 GetBucketLocation 200", {},
                           '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>'),
    "s3-complete-error-in-200": ("s3 CompleteMultipartUpload 200", {},
                                 "<Error><Code>InternalError</Code><Message>try again</Message></Error>"),
    "s3-list-versions": ("s3 ListObjectVersions 200", {}, """<ListVersionsResult><Name>b</Name>
<Version><Key>k</Key><VersionId>1</VersionId><IsLatest>true</IsLatest></Version>
<DeleteMarker><Key>k</Key><VersionId>2</VersionId></DeleteMarker></ListVersionsResult>"""),
    "sqs-receive": ("sqs ReceiveMessage 200", {}, """<ReceiveMessageResponse><ReceiveMessageResult>
<Message><MessageId>m1</MessageId><ReceiptHandle>rh</ReceiptHandle><MD5OfBody>x</MD5OfBody><Body>hi &amp; bye</Body>
<Attribute><Name>SenderId</Name><Value>s</Value></Attribute><Attribute><Name>SentTimestamp</Name><Value>1</Value></Attribute>
<MessageAttribute><Name>a</Name><Value><StringValue>v</StringValue><DataType>String</DataType></Value></MessageAttribute>
<MessageAttribute><Name>b</Name><Value><BinaryValue>AAEC</BinaryValue><DataType>Binary</DataType></Value></MessageAttribute>
</Message></ReceiveMessageResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ReceiveMessageResponse>"""),
    "sqs-error": ("sqs SendMessage 400", {}, """<ErrorResponse><Error><Type>Sender</Type>
<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>no queue</Message><Detail/></Error>
<RequestId>r</RequestId></ErrorResponse>"""),
    "sns-list-topics": ("sns ListTopics 200", {}, """<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
<ListTopicsResult><Topics><member><TopicArn>arn:aws:sns:us-east-1:1:t</TopicArn></member></Topics>
<NextToken>n</NextToken></ListTopicsResult></ListTopicsResponse>"""),
    "sts-get-caller-identity": ("sts GetCallerIdentity 200", {}, """<GetCallerIdentityResponse>
<GetCallerIdentityResult><Arn>arn:aws:iam::1:user/u</Arn><UserId>U</UserId><Account>1</Account>
</GetCallerIdentityResult></GetCallerIdentityResponse>"""),
    "sts-assume-role": ("sts AssumeRole 200", {}, """<AssumeRoleResponse><AssumeRoleResult>
<Credentials><AccessKeyId>A</AccessKeyId><SecretAccessKey>S</SecretAccessKey><SessionToken>T</SessionToken>
<Expiration>2023-03-14T16:09:26Z</Expiration></Credentials><PackedPolicySize>6</PackedPolicySize>
</AssumeRoleResult></AssumeRoleResponse>"""),
    "ec2-describe-instances": ("ec2 DescribeInstances 200", {}, """<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
<requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId><instancesSet>
<item><instanceId>i-1</instanceId><launchTime>2023-03-14T15:09:26.000Z</launchTime>
<instanceState><code>16</code><name>running</name></instanceState><ebsOptimized>false</ebsOptimized>
<tagSet><item><key>Name</key><value>web</value></item></tagSet><cpuOptions><coreCount>1</coreCount></cpuOptions>
</item></instancesSet></item></reservationSet><nextToken>t</nextToken></DescribeInstancesResponse>"""),
    "ec2-error": ("ec2 RunInstances 400", {}, """<Response><Errors><Error><Code>InvalidAMIID.Malformed</Code>
<Message>bad ami</Message></Error></Errors><RequestID>r</RequestID></Response>"""),
    "iam-get-role": ("iam GetRole 200", {}, """<GetRoleResponse><GetRoleResult><Role><Path>/</Path>
<RoleName>r</RoleName><RoleId>R</RoleId><Arn>arn:aws:iam::1:role/r</Arn><CreateDate>2023-03-14T15:09:26Z</CreateDate>
<AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument>
<MaxSessionDuration>3600</MaxSessionDuration><Tags><member><Key>k</Key><Value>v</Value></member></Tags>
<RoleLastUsed><LastUsedDate>2023-03-14T15:09:26Z</LastUsedDate></RoleLastUsed></Role></GetRoleResult></GetRoleResponse>"""),
    "dynamodb-get-item": ("dynamodb GetItem 200", {"x-amzn-RequestId": "r", "x-amz-crc32": "0"},
                          '{"Item": {"pk": {"S": "a"}, "n": {"N": "1.5e3"}, "b": {"B": "AAEC"}, '
                          '"ss": {"SS": ["x", "y"]}, "ns": {"NS": ["1"]}, "bs": {"BS": ["AA=="]}, '
                          '"m": {"M": {"in": {"BOOL": true}}}, "l": {"L": [{"NULL": true}, {"S": "\\u00e9\\ud83d\\ude00"}]}}, '
                          '"ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}}'),
    "dynamodb-batch-write": ("dynamodb BatchWriteItem 200", {},
                             '{"UnprocessedItems": {"t": [{"PutRequest": {"Item": {"pk": {"S": "a"}}}}, '
                             '{"DeleteRequest": {"Key": {"pk": {"S": "b"}}}}]}, "ItemCollectionMetrics": {}}'),
    "dynamodb-error": ("dynamodb PutItem 400", {"x-amzn-RequestId": "r"},
                       '{"__type": "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", '
                       '"message": "The conditional request failed", "Item": {"pk": {"S": "a"}}}'),
    "dynamodb-describe-table": ("dynamodb DescribeTable 200", {},
                                '{"Table": {"TableName": "t", "CreationDateTime": 1678806566.123, '
                                '"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}], '
                                '"ProvisionedThroughput": {"ReadCapacityUnits": 5, "NumberOfDecreasesToday": 0}, '
                                '"TableSizeBytes": 9007199254740993, "ItemCount": 0, "TableStatus": "ACTIVE"}}'),
    "kinesis-get-records": ("kinesis GetRecords 200", {},
                            '{"Records": [{"SequenceNumber": "1", "ApproximateArrivalTimestamp": 1.678806566E9, '
                            '"Data": "aGVsbG8=", "PartitionKey": "p"}], "NextShardIterator": "it", '
                            '"MillisBehindLatest": 0}'),
    "lambda-invoke": ("lambda Invoke 200", {"X-Amz-Function-Error": "Unhandled",
                                            "X-Amz-Log-Result": "bG9n", "X-Amz-Executed-Version": "$LATEST"},
                      '{"errorMessage": "boom"}'),
    "lambda-get-function": ("lambda GetFunction 200", {},
                            '{"Configuration": {"FunctionName": "f", "Runtime": "python3.9", "MemorySize": 128, '
                            '"Environment": {"Variables": {"A": "1"}}, "Layers": [{"Arn": "a", "CodeSize": 1}], '
                            '"LastModified": "2023-03-14T15:09:26.000+0000"}, "Code": {"Location": "u"}, '
                            '"Tags": {"k": "v"}, "Concurrency": {"ReservedConcurrentExecutions": 1}}'),
    "lambda-error": ("lambda CreateFunction 409", {"x-amzn-ErrorType": "ResourceConflictException:http://internal/"},
                     '{"Type": "User", "message": "exists"}'),
    "sesv2-send-email": ("sesv2 SendEmail 200", {}, '{"MessageId": "m"}'),
    "sesv2-error": ("sesv2 SendEmail 400", {"x-amzn-ErrorType": "BadRequestException"},
                    '{"message": "bad"}'),
    "ssm-get-parameters": ("ssm GetParameters 200", {},
                           '{"Parameters": [{"Name": "n", "Type": "SecureString", "Value": "v", "Version": 3, '
                           '"LastModifiedDate": 1678806566, "DataType": "text"}], "InvalidParameters": ["x"]}'),
}

# rpc-v2-cbor: CloudWatch's shapes read by the CBOR codec (the fourth word
# names the protocol; the default build has CloudWatch on json)
CBOR_FIRST = " smithy-rpc-v2-cbor"
CBOR_HEADERS = {"Content-Type": "application/cbor", "smithy-protocol": "rpc-v2-cbor",
                "x-amzn-RequestId": "r-1"}
_METRIC_DATA = {
    "MetricDataResults": [
        {"Id": "m1", "Label": "CPUUtilization", "StatusCode": "Complete",
         "Timestamps": [Tag(1, 1678806566 + 60 * i) for i in range(4)] + [Tag(1, 1678806806.5)],
         "Values": [0.5, 12.25, float("nan"), 1e300, -0.0],
         "Messages": [{"Code": "ArithmeticError", "Value": "division by zero"}]},
        {"Id": "m2", "Label": "", "StatusCode": "PartialData", "Timestamps": [], "Values": []},
    ],
    "NextToken": "tok==", "Messages": [], "Unknown": {"nested": [1, -2, b"\x00", None]},
}
SEEDS.update({
    "cbor-cloudwatch-get-metric-data": ("cloudwatch GetMetricData 200" + CBOR_FIRST, CBOR_HEADERS,
                                        cbor(_METRIC_DATA)),
    "cbor-cloudwatch-get-metric-data-indefinite": ("cloudwatch GetMetricData 200" + CBOR_FIRST,
                                                   CBOR_HEADERS, cbor(_METRIC_DATA, True)),
    "cbor-cloudwatch-describe-alarms": (
        "cloudwatch DescribeAlarms 200" + CBOR_FIRST, CBOR_HEADERS,
        cbor({"MetricAlarms": [{"AlarmName": "a", "ActionsEnabled": True, "Threshold": 80.0,
                                "EvaluationPeriods": 3, "Dimensions": [{"Name": "n", "Value": "v"}],
                                "AlarmConfigurationUpdatedTimestamp": Tag(1, 1678806566),
                                "StateValue": "ALARM", "Period": 60}],
              "CompositeAlarms": [], "NextToken": None})),
    "cbor-cloudwatch-error": (
        "cloudwatch PutDashboard 400" + CBOR_FIRST,
        dict(CBOR_HEADERS, **{"x-amzn-query-error": "InvalidParameterInput;Sender"}),
        cbor({"__type": "com.amazonaws.cloudwatch#DashboardInvalidInputError",
              "message": "bad", "dashboardValidationMessages": [
                  {"DataPath": "/widgets/0", "Message": "m"}]})),
    "cbor-cloudwatch-error-no-type": ("cloudwatch GetMetricData 500" + CBOR_FIRST, CBOR_HEADERS,
                                      cbor({"Message": "internal"})),
    "cbor-cloudwatch-empty": ("cloudwatch GetMetricData 200" + CBOR_FIRST, CBOR_HEADERS, b""),
})


# Inputs the random maker never makes: endpoints signed with SigV4a
LITERAL_REQUEST_SEEDS = {
    "s3-GetObject-mrap": ("s3 GetObject", {
        "Bucket": "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap", "Key": "k"}),
    "s3-PutObject-mrap": ("s3 PutObject", {
        "Bucket": "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap", "Key": "k",
        "Body": "aGVsbG8=", "ChecksumAlgorithm": "CRC32C"}),
}

CONFIG_SEEDS = {
    "config": """[default]
region = us-east-1
output = json
retry_mode = adaptive
max_attempts = 5
s3 =
    addressing_style = path
    signature_version = s3v4
endpoint_url = http://127.0.0.1:8000

[profile dev]
region=eu-west-1
source_profile = default
role_arn = arn:aws:iam::123456789012:role/dev
services = local

[services local]
dynamodb =
  endpoint_url = http://localhost:8000
s3 =
  endpoint_url = http://localhost:4568
""",
    "credentials": """# comment
[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
; another comment
[dev]
aws_access_key_id: AKID2
aws_secret_access_key : secret
aws_session_token = long
  continued token
""",
    "defaults-crlf": "[DEFAULT]\r\nregion = us-west-2\r\ns3 =\r\n  use_dualstack_endpoint = true\r\n"
                     "[profile a]\r\n\r\n[b]\rregion=\r",
    "bad": "key = before any section\n[unclosed\n[ok]\n  indented = continuation first\n",
}


def write_configs(out):
    os.makedirs(out, exist_ok=True)
    for name, text in CONFIG_SEEDS.items():
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write(text.encode())
    print(f"{len(CONFIG_SEEDS)} seeds written to {out}")


def write_requests(out):
    session = botocore.session.get_session()
    os.makedirs(out, exist_ok=True)
    for svc, op in REQUEST_SEEDS:
        model = session.get_service_model(svc).operation_model(op)
        maker = bd.InputMaker(random.Random(f"seed:{svc}.{op}"))
        params = maker.structure(model.input_shape, 0) if model.input_shape else {}
        text = f"{svc} {op}\n" + json.dumps(bd.cli_json(params), indent=1) + "\n"
        with open(os.path.join(out, f"seed-{svc}-{op}"), "wb") as f:
            f.write(text.encode())
    for name, (first, params) in LITERAL_REQUEST_SEEDS.items():
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write((first + "\n" + json.dumps(params, indent=1) + "\n").encode())
    print(f"{len(REQUEST_SEEDS) + len(LITERAL_REQUEST_SEEDS)} seeds written to {out}")


def main():
    out = os.path.join(HERE, "responses")
    os.makedirs(out, exist_ok=True)
    for name, (first, headers, body) in SEEDS.items():
        head = first + "\n" + "".join(f"{k}: {v}\n" for k, v in headers.items()) + "\n"
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write(head.encode() + (body if isinstance(body, bytes) else body.encode()))
    # event streams: the first line and headers as text, the body binary
    events = {
        "s3-select-object-content": ("s3 SelectObjectContent 200", "s3-select", "exception"),
        "bedrock-converse-stream": ("bedrock-runtime ConverseStream 200", "converse",
                                    "exception"),
        "bedrock-invoke-model-stream": ("bedrock-runtime InvokeModelWithResponseStream 200",
                                        "invoke-model", "ok"),
        "lambda-invoke-with-response-stream": ("lambda InvokeWithResponseStream 200", "lambda",
                                               "ok"),
        "kinesis-subscribe-to-shard": ("kinesis SubscribeToShard 200", "kinesis", "exception"),
    }
    for name, (first, op, scenario) in events.items():
        _, headers, steps = scenarios.steps(op, "ok" if op == "s3-select" else scenario)
        body = b"".join(step[1] for step in steps if step[0] == "send")
        text = first + "\n" + "".join(f"{k}: {v}\n" for k, v in headers.items()) + "\n"
        with open(os.path.join(out, f"seed-{name}"), "wb") as f:
            f.write(text.encode() + body)
    print(f"{len(SEEDS) + len(events)} seeds written to {out}")
    write_requests(os.path.join(HERE, "requests"))
    write_configs(os.path.join(HERE, "configs"))


if __name__ == "__main__":
    main()
