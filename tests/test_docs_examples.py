"""Every handler example of the documentation runs against real fixtures, with the results checked.

The examples live in `docs/examples/` and are included into the pages as they are, so what a reader copies
is what these tests run (and what mypy and pyright check strictly). Each example has one test below, named
`test_<file stem>`; a further test fails when an example has none. Pages also include the handlers of
`examples/` (the seeds' use cases, each shown once), which `tests/test_examples.py` runs: further tests fail
when one of those has no test there or is on no page. The last tests check that every module of the package
has its place in the documentation, and every source id its line on its source's page.
"""

from __future__ import annotations

import ast
import base64
import copy
import functools
import gzip
import importlib.util
import json
from datetime import datetime, timezone
import logging
import re
import sys
import threading
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import pytest

import lambda_events
from lambda_events import LambdaContext, send_cloudformation_response
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES
from lambda_events import find_event_problems
from lambda_events.testing import (
    api_gateway_v2_event,
    client_vpn_event,
    codecommit_event,
    iot_authorizer_event,
    lambda_context,
    sqs_event,
    workmail_event,
)
from tests.fixture_catalog import fixture_named

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = ROOT / "docs"
EXAMPLES_DIR = DOCS_DIR / "examples"
HANDLER_EXAMPLES_DIR = ROOT / "examples"
HANDLER_EXAMPLES_TESTS = ROOT / "tests" / "test_examples.py"
PACKAGE_DIR = ROOT / "src" / "lambda_events"


CONTEXT = lambda_context(function_name="docs-example", remaining_millis=30_000, seed=1)
"""The context the handlers of the examples run with: plenty of time left."""
_CONTEXT_IS_A_LAMBDA_CONTEXT: LambdaContext = CONTEXT  # the checkers compare it with the protocol


def load_example(stem: str) -> ModuleType:
    """Import `docs/examples/<stem>.py` as a module of its own."""
    path = EXAMPLES_DIR / f"{stem}.py"
    spec = importlib.util.spec_from_file_location(f"docs_examples.{stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def event_of(fixture: str) -> Any:
    """A fresh copy of the fixture's event (handlers may write into it, as Cognito triggers do)."""
    return copy.deepcopy(fixture_named(fixture).event())


# --- Amazon SQS ---------------------------------------------------------------------------------------------


def test_sqs_partial_batch() -> None:
    example = load_example("sqs_partial_batch")
    # The first message's body is plain text, the second a JSON object.
    result = example.handler(event_of("sqsEvent.json"), CONTEXT)
    assert result == {"batchItemFailures": [{"itemIdentifier": "059f36b4-87a3-44ab-83d2-661975830a7d"}]}


def test_sqs_typed_orders(capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("sqs_typed_orders")
    order = {"id": "o-1", "status": "PAID", "lines": [{"sku": "a", "quantity": 2}, {"sku": "b", "quantity": 1}]}
    wrong = {**order, "lines": [{"sku": "a", "quantity": "2"}]}
    event = sqs_event(bodies=[order, wrong, {**order, "coupon": None}])
    result = example.handler(event, CONTEXT)
    assert result == {"batchItemFailures": [{"itemIdentifier": event["Records"][1]["messageId"]}]}
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "order o-1 (PAID): 3 items"
    assert printed[1] == (
        "Records[1].body: does not match OrderDict (1 problem): $.lines[0].quantity: expected int, got str"
    )
    # The sample's bodies are plain text and another producer's JSON: both go back to the queue.
    sample = event_of("sqsEvent.json")
    failed = [{"itemIdentifier": record["messageId"]} for record in sample["Records"]]
    assert example.handler(sample, CONTEXT) == {"batchItemFailures": failed}


def test_sqs_sns_s3_fanout() -> None:
    example = load_example("sqs_sns_s3_fanout")
    event = event_of("s3SqsEvent.json")
    direct = event["Records"][0]
    through_sns = copy.deepcopy(direct)
    through_sns["body"] = json.dumps(
        {
            "Type": "Notification",
            "MessageId": "d88d4479-6ec0-54fe-b63f-1cf9df4bb16e",
            "TopicArn": "arn:aws:sns:us-east-1:123456789012:uploads",
            "Message": json.dumps(event_of("s3Event.json")),
            "Timestamp": "2023-04-12T20:43:38.500Z",
            "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
        }
    )
    test_message = copy.deepcopy(direct)
    test_message["body"] = json.dumps(event_of("s3TestEvent.json"))
    event["Records"] = [direct, through_sns, test_message]

    assert example.handler(event, CONTEXT) == [
        "s3://xxx/test.pdf",
        "s3://lambda-artifacts-deafc19498e3f2df/b21b84d653bb07b05b1e6b33684dc11b",
    ]


# --- Amazon SNS, Amazon S3, EventBridge -----------------------------------------------------------------------


def test_sns_subscriber() -> None:
    example = load_example("sns_subscriber")
    assert example.handler(event_of("snsEvent.json"), CONTEXT) == ["sns-lambda / TestInvoke: Hello from SNS!"]
    event = event_of("snsEventNoSubject.json")
    record = event["Records"][0]
    record["Sns"]["Message"] = '{"orderId": "o-7", "total": 12}'
    record["Sns"]["MessageAttributes"] = {"format": {"Type": "String", "Value": "json"}}
    topic = record["Sns"]["TopicArn"].rsplit(":", 1)[-1]
    assert example.handler(event, CONTEXT) == [f"{topic}: JSON with keys ['orderId', 'total']"]


def test_s3_notification() -> None:
    example = load_example("s3_notification")
    created = example.handler(event_of("s3Event.json"), CONTEXT)
    assert created == {"index": ["s3://lambda-artifacts-deafc19498e3f2df/b21b84d653bb07b05b1e6b33684dc11b (1305107 bytes)"], "forget": []}
    deleted = example.handler(event_of("s3EventDeleteObject.json"), CONTEXT)
    assert deleted == {"index": [], "forget": ["s3://lambda-artifacts-deafc19498e3f2df/b21b84d653bb07b05b1e6b33684dc11b"]}
    encoded = example.handler(event_of("s3EventDecodedKey.json"), CONTEXT)
    assert [line.split("/", 3)[3] for line in encoded["index"]] == ["Happy Face.jpg (1024 bytes)"]


def test_eventbridge_typed_detail() -> None:
    example = load_example("eventbridge_typed_detail")
    assert example.handler(event_of("eventBridgeEvent.json"), CONTEXT) == (
        "i-1234567890abcdef0 in us-west-1 is terminated at 2017-12-22T18:43:48Z (replayed by replay_archive)"
    )
    event = event_of("eventBridgeEvent.json")
    event["detail"]["state"] = "running"
    assert example.handler(event, CONTEXT) is None


def test_eventbridge_ec2() -> None:
    example = load_example("eventbridge_ec2")
    handle = example.handler
    assert handle(event_of("ec2-instance-state-change-notification-157.json"), CONTEXT) == (
        "replace i-abcd3333: stopped at 2015-11-11T21:33:19Z"
    )
    assert handle(event_of("ec2-instance-state-change-notification-155.json"), CONTEXT) is None
    assert handle(event_of("ec2-spot-instance-interruption-warning-170.json"), CONTEXT) == (
        "drain i-0b662ef9931388ba0: Spot will terminate it in two minutes"
    )
    assert handle(event_of("ec2-instance-rebalance-recommendation-169.json"), CONTEXT) == (
        "launch a spare for i-abcd1111: rebalance recommended"
    )


def test_eventbridge_cloudtrail() -> None:
    example = load_example("eventbridge_cloudtrail")
    assert example.handler(event_of("aws-api-call-via-cloudtrail-357.json"), CONTEXT) == (
        "CreateQueue on sqs.amazonaws.com by role session test: done"
    )
    assert example.handler(event_of("aws-api-call-via-cloudtrail-323.json"), CONTEXT) == (
        "PutObjectLockRetention on s3.amazonaws.com by the root user: refused (AccessDenied)"
    )
    assert example.handler(event_of("aws-api-call-via-cloudtrail-iam-user-denied.json"), CONTEXT) == (
        "DeleteTable on dynamodb.amazonaws.com by user Alice: refused (AccessDenied)"
    )
    assert example.handler(event_of("aws-api-call-via-cloudtrail-aws-service.json"), CONTEXT) == (
        "AssumeRole on sts.amazonaws.com by service lambda.amazonaws.com: done"
    )
    assert example.new_queue_name(event_of("aws-api-call-via-cloudtrail-357.json")) == "sample-test"


def test_eventbridge_workflows() -> None:
    example = load_example("eventbridge_workflows")
    handle = example.handler
    assert handle(event_of("step-functions-execution-status-change-391.json"), CONTEXT) is None
    assert handle(event_of("step-functions-execution-status-change-393.json"), CONTEXT) == (
        "execution execution-name: TIMED_OUT after 1.0s (no error reported)"
    )
    assert handle(event_of("step-functions-execution-status-change-failed-documented.json"), CONTEXT) == (
        "execution 7c5e2a4b: FAILED after 42.0s (States.TaskFailed)"
    )
    assert handle(event_of("glue-job-state-change-228.json"), CONTEXT) is None
    assert handle(event_of("glue-job-state-change-timeout.json"), CONTEXT) == (
        "glue job nightly-etl run jr_3c9c24f19d1d2d5fe5a6bd6a0a7cfe2ab9e8d2c1f0e6b4a7d3c5b1a9e8f7d6c5: TIMEOUT (Job run timed out)"
    )


def test_eventbridge_delivery() -> None:
    example = load_example("eventbridge_delivery")
    handle = example.handler
    assert handle(event_of("codepipeline-action-execution-state-change-97.json"), CONTEXT) is None
    assert handle(event_of("codepipeline-action-execution-state-change-failed-result.json"), CONTEXT) == (
        "release/Build/BuildApp failed: Build terminated with state: FAILED"
    )
    assert handle(event_of("codebuild-build-state-change-65.json"), CONTEXT) is None
    assert handle(event_of("codebuild-build-state-change-66.json"), CONTEXT) == "build of SampleProjectName failed"
    assert handle(event_of("ecr-image-scan-186.json"), CONTEXT) is None
    assert handle(event_of("ecr-image-scan-findings.json"), CONTEXT) == (
        "my-repository-name@sha256:7f5b2640fe6f: scan COMPLETE, 10 critical or high"
    )


def test_eventbridge_security_findings() -> None:
    handle = load_example("eventbridge_security_findings").handler
    assert handle(event_of("guardduty-finding-240.json"), CONTEXT) == []
    assert handle(event_of("guardduty-finding-aws-api-call.json"), CONTEXT) == [
        "GuardDuty UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS in us-east-1: "
        "Credentials for the EC2 instance role ssh-22-open were used from a remote AWS account."
    ]
    assert handle(event_of("security-hub-findings-imported-352.json"), CONTEXT) == []
    assert handle(event_of("security-hub-findings-imported-control.json"), CONTEXT) == [
        "Security Hub HIGH: S3 general purpose buckets should block public access (arn:aws:s3:::test-bucket-12)"
    ]
    assert handle(event_of("inspector2-finding-245.json"), CONTEXT) == [
        "Inspector HIGH: CVE-2018-25020 - kernel on i-07543563af836b6a8"
    ]


def test_eventbridge_operations() -> None:
    handle = load_example("eventbridge_operations").handler
    assert handle(event_of("aws-health-event-242.json"), CONTEXT) == (
        "Health EC2 AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED since Sat, 05 Jun 2016 15:10:09 GMT: "
        "['i-abcd1111']"
    )
    assert handle(event_of("cloudwatch-alarm-state-change-composite.json"), CONTEXT) == (
        "alarm ServiceAggregatedAlarm: OK -> ALARM"
    )
    assert handle(event_of("acm-certificate-approaching-expiration-14.json"), CONTEXT) == (
        "certificate Aperture Science Portal Certificate Authority - R4 expires in 31 days"
    )
    assert handle(event_of("backup-job-state-change-failed.json"), CONTEXT) == (
        "backup of arn:aws:ec2:us-west-2:123456789012:volume/vol-0a1b2c3d4e5f67890 FAILED: "
        "Insufficient privileges to perform this action."
    )
    assert handle(event_of("backup-job-state-change-completed.json"), CONTEXT) is None


def test_eventbridge_media() -> None:
    handle = load_example("eventbridge_media").handler
    assert handle(event_of("mediaconvert-job-state-change-269.json"), CONTEXT) == "transcode 123456789012-smb6o7: PROGRESSING"
    assert handle(event_of("mediaconvert-job-state-change-complete.json"), CONTEXT) == (
        "transcribe ['s3://test/out/clip01.mp4', 's3://test/hls/clip01_720p.m3u8']"
    )
    assert handle(event_of("mediaconvert-job-state-change-error.json"), CONTEXT).startswith(
        "transcode 123456789012-smb6o7 failed: Unable to open input file"
    )
    assert handle(event_of("transcribe-job-state-change-405-failed.json"), CONTEXT) == (
        "transcription support-call-2024-05-17-0930 failed: see GetTranscriptionJob"
    )


def test_eventbridge_router() -> None:
    example = load_example("eventbridge_router")
    handle = example.handler
    assert handle(event_of("ec2-instance-state-change-notification-157.json"), CONTEXT) == "instance i-abcd3333 is stopped"
    assert handle(event_of("ecs-task-state-change-189.json"), CONTEXT) == (
        "task 3102878e-4af2-4b3c-b9c1-2556b95b2bbf is RUNNING (wanted RUNNING)"
    )
    assert handle(event_of("step-functions-execution-status-change-392.json"), CONTEXT) == "execution execution-name is FAILED"
    assert handle(event_of("glue-job-state-change-228.json"), CONTEXT) == "not handled here: GlueJobStateChangeEventDict"
    assert handle(event_of("eventBridgeScheduledEvent.json"), CONTEXT) == "not handled here: an event of no registered type"


def test_eventbridge_scheduled() -> None:
    example = load_example("eventbridge_scheduled")
    result = example.handler(event_of("eventBridgeScheduledEvent.json"), CONTEXT)
    assert result == {"rule": "my-scheduled-rule", "clean_up_day": "2015-10-07"}


def test_s3_eventbridge_notification() -> None:
    example = load_example("s3_eventbridge_notification")
    created = example.handler(event_of("s3EventBridgeNotificationObjectCreatedEvent.json"), CONTEXT)
    assert created == "created s3://example-bucket/IMG_m7fzo3.jpg (184662 bytes) by PutObject"
    deleted = example.handler(event_of("s3EventBridgeNotificationObjectDeletedEvent.json"), CONTEXT)
    assert deleted.startswith("deleted s3://example-bucket/") and "Delete" in deleted
    restored = example.handler(event_of("s3EventBridgeNotificationObjectRestoreCompletedEvent.json"), CONTEXT)
    assert restored.startswith("Object Restore Completed: s3://")


# --- Streams and brokers -------------------------------------------------------------------------------------


def test_kinesis_stream_consumer(capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("kinesis_stream_consumer")
    assert example.handler(event_of("kinesisStreamEvent.json"), CONTEXT) == {"batchItemFailures": []}
    assert "words per partition key: {'1': 10}" in capsys.readouterr().out

    event = event_of("kinesisStreamEvent.json")
    event["Records"][1]["kinesis"]["data"] = "not base64!"
    failed = event["Records"][1]["kinesis"]["sequenceNumber"]
    assert example.handler(event, CONTEXT) == {"batchItemFailures": [{"itemIdentifier": failed}]}
    assert "kinesis.data" in capsys.readouterr().out


def test_dynamodb_stream_sync(capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("dynamodb_stream_sync")
    event = event_of("dynamodbStreamNewAndOldImagesEvent.json")
    operations = [example.index_operation(record) for record in event["Records"]]
    assert [operation for operation, _ in operations] == ["upsert", "upsert", "delete"]
    inserted = operations[0][1]
    assert inserted["balance"] == Decimal("12345678901234567890.123456789012345678")
    assert inserted["avatar"] == base64.b64decode("iVBORw0KGgo=")
    assert inserted["tags"] == {"gold", "newsletter"}
    assert operations[1][1] == {"pk": "CUSTOMER#4711", "sk": Decimal(1), "name": "Ada King", "active": True}
    assert operations[2][1] == {"pk": "CUSTOMER#4711", "sk": Decimal(1)}
    assert example.handler(event, CONTEXT) == {"batchItemFailures": []}

    event["Records"][1]["dynamodb"]["NewImage"]["name"] = {"N": "not a number"}
    assert example.handler(event, CONTEXT) == {"batchItemFailures": [{"itemIdentifier": "200000000005391461883"}]}
    assert "name: N: not a number" in capsys.readouterr().out


def test_kafka_consumer() -> None:
    example = load_example("kafka_consumer")
    assert example.handler(event_of("kafkaEventMsk.json"), CONTEXT) == [
        {
            "partition": "mytopic-0",
            "offset": 15,
            "key": "recordKey",
            "value": {"key": "value"},
            "headers": [("headerKey", "headerValue")],
        }
    ]
    event = event_of("kafkaEventSelfManagedNoKey.json")
    del event["records"]["mytopic-0"]
    assert example.handler(event, CONTEXT) == [
        {"partition": "mytopic-1", "offset": 3, "key": None, "value": {"orderId": "123"}, "headers": []}
    ]


def test_cloudwatch_logs_subscription() -> None:
    example = load_example("cloudwatch_logs_subscription")
    assert example.handler(event_of("cloudWatchLogEvent.json"), CONTEXT) == [
        "testLogGroup/testLogStream @1440442987000: [ERROR] First test message",
        "testLogGroup/testLogStream @1440442987001: [ERROR] Second test message",
    ]
    control: dict[str, Any] = {
        "messageType": "CONTROL_MESSAGE",
        "owner": "CloudwatchLogs",
        "logGroup": "",
        "logStream": "",
        "subscriptionFilters": [],
        "logEvents": [],
    }
    compressed = base64.b64encode(gzip.compress(json.dumps(control).encode())).decode()
    assert example.handler({"awslogs": {"data": compressed}}, CONTEXT) == []


def test_cloudwatch_logs_from_kinesis() -> None:
    example = load_example("cloudwatch_logs_from_kinesis")
    result = example.handler(event_of("kinesisStreamCloudWatchLogsEvent.json"), CONTEXT)
    assert result == {"/aws/lambda/pt-1488-DummyLogDataFunction-gnWXPvL6jJyG": 6}


def test_amazon_mq_consumer() -> None:
    example = load_example("amazon_mq_consumer")
    described = example.active_mq_handler(event_of("activeMQEvent.json"), CONTEXT)
    assert described == [
        "testQueue: text 'ABC:AAAA'",
        "testQueue: JSON with keys ['data', 'timeout']",
        f"testQueue: {len(event_of('activeMQEvent.json')['messages'][2]['data'])} base64 characters of binary data",
    ]
    assert example.rabbit_mq_handler(event_of("rabbitMQEvent.json"), CONTEXT) == {
        "pizzaQueue": [{"timeout": 0, "data": "CZrmf0Gw8Ov4bqLQxD4E"}]
    }


def test_documentdb_change_stream() -> None:
    example = load_example("documentdb_change_stream")
    assert example.handler(event_of("documentdbUpdateEvent.json"), CONTEXT) == [
        "update in test_database.test_collection: set ['email'], removed ['phoneNumber']"
    ]
    assert example.handler(event_of("documentdbInsertEvent.json"), CONTEXT) == ["insert in test_database.test_collection"]


# --- HTTP APIs, load balancers and authorizers ---------------------------------------------------------------


def test_api_gateway_rest_api() -> None:
    example = load_example("api_gateway_rest_api")
    event = event_of("apiGatewayProxyEvent.json")
    event["multiValueQueryStringParameters"] = {"status": ["new", "paid"], "page": ["3"]}
    event["queryStringParameters"] = {"status": "paid", "page": "3"}
    listing = example.handler(event, CONTEXT)
    assert listing["statusCode"] == 200
    assert listing["headers"] == {"Cache-Control": "no-store", "Content-Type": "application/json"}
    assert json.loads(listing["body"]) == {"path": "/my/path", "page": 3, "statuses": ["new", "paid"]}

    event["httpMethod"] = "POST"
    event["body"] = base64.b64encode(b'{"item": "book"}').decode()
    event["isBase64Encoded"] = True
    created = example.handler(event, CONTEXT)
    assert created["statusCode"] == 201
    assert json.loads(created["body"]) == {"id": "id=", "order": {"item": "book"}, "client": "unknown"}

    event["isBase64Encoded"] = False
    event["body"] = "not json"
    assert example.handler(event, CONTEXT)["statusCode"] == 400
    event["httpMethod"] = "DELETE"
    refused = example.handler(event, CONTEXT)
    assert (refused["statusCode"], refused["headers"]["Allow"]) == (405, "GET, POST")


def test_http_api_handler() -> None:
    example = load_example("http_api_handler")
    response = example.handler(event_of("apiGatewayProxyV2Event.json"), CONTEXT)
    assert response["statusCode"] == 200
    assert json.loads(response["body"]) == {"claims": ["claim1", "claim2"], "scopes": ["scope1", "scope2"], "theme": "light"}
    assert response["cookies"] == ["theme=light; Path=/; Secure; HttpOnly"]

    event = event_of("apiGatewayProxyV2Event.json")
    event["cookies"] = ["theme=dark"]
    assert "cookies" not in example.handler(event, CONTEXT)
    assert example.handler(event_of("apiGatewayProxyV2IamEvent.json"), CONTEXT)["statusCode"] == 401


def test_api_gateway_authorizer_context() -> None:
    example = load_example("api_gateway_authorizer_context")
    event = event_of("apiGatewayProxyEventLambdaAuthorizer.json")  # an admin of tenant acme, quota 100
    assert find_event_problems(event, example.TenantEventDict) == []
    answer = example.handler(event, CONTEXT)
    assert (answer["statusCode"], json.loads(answer["body"])) == (200, {"tenant": "acme", "user": "user-1234", "beta": True})
    event["requestContext"]["authorizer"]["quota"] = 0
    assert example.handler(event, CONTEXT)["statusCode"] == 429
    event["requestContext"]["authorizer"].update(role="reader", quota=5)
    event["httpMethod"] = "DELETE"
    assert example.handler(event, CONTEXT)["statusCode"] == 403
    del event["requestContext"]["authorizer"]
    assert example.handler(event, CONTEXT)["statusCode"] == 401


def test_http_api_lambda_authorizer_context() -> None:
    example = load_example("http_api_lambda_authorizer_context")
    session = {"lambda": {"userId": "u-7", "plan": "free", "teams": ["ops"]}}
    event = api_gateway_v2_event(route_key="GET /teams", path="/teams", authorizer=session, seed=1)
    generic: Any = lambda_events.APIGatewayProxyEventV2Dict  # parameterised at run time with the example's type
    assert find_event_problems(event, generic[example.SessionAuthorizerDict]) == []
    answer = example.handler(event, CONTEXT)
    assert (answer["statusCode"], json.loads(answer["body"])) == (200, {"user": "u-7", "teams": ["ops"]})
    export = api_gateway_v2_event(route_key="GET /export", path="/export", authorizer=session, seed=1)
    assert example.handler(export, CONTEXT)["statusCode"] == 403
    assert example.handler(api_gateway_v2_event(seed=1), CONTEXT)["statusCode"] == 401


def test_websocket_chat() -> None:
    example = load_example("websocket_chat")
    connect = event_of("apiGatewayWebSocketApiConnect.json")
    connect["requestContext"]["connectionId"] = "BFaT_fALIAMCKug="
    connect["queryStringParameters"] = {"room": "books"}
    assert example.handler(connect, CONTEXT) == {"statusCode": 200}
    assert example.ROOMS == {"BFaT_fALIAMCKug=": "books"}
    message = example.handler(event_of("apiGatewayWebSocketApiMessage.json"), CONTEXT)
    assert message == {"statusCode": 200, "body": "[books] Hello from client"}
    assert example.handler(event_of("apiGatewayWebSocketApiDisconnect.json"), CONTEXT) == {"statusCode": 200}
    assert example.ROOMS == {}


def test_api_gateway_token_authorizer() -> None:
    example = load_example("api_gateway_token_authorizer")
    event = event_of("apiGatewayAuthorizerTokenEvent.json")  # token "allow", any stage, GET /
    reader = example.handler(event, CONTEXT)
    assert reader["principalId"] == "user-1"
    assert reader["context"] == {"role": "reader"}
    assert reader["policyDocument"]["Statement"] == [
        {
            "Action": "execute-api:Invoke",
            "Effect": "Allow",
            "Resource": [
                "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/pets",
                "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/pets/*",
            ],
        }
    ]
    event["authorizationToken"] = "Bearer admin-token"
    admin = example.handler(event, CONTEXT)
    assert admin["policyDocument"]["Statement"][0]["Resource"] == ["arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/*/*"]
    event["authorizationToken"] = "stolen"
    assert example.handler(event, CONTEXT) == lambda_events.DENY_ALL_RESPONSE


def test_alb_target() -> None:
    example = load_example("alb_target")
    single = example.handler(event_of("albEvent.json"), CONTEXT)
    assert single["statusCode"] == 200 and single["statusDescription"] == "200 OK"
    assert single["headers"] == {"Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8"}
    assert single["body"].startswith("Hello, world! (Mozilla/5.0 (Windows NT 10.0;") and single["body"].endswith("via /lambda)")

    event = event_of("albMultiValueQueryStringEvent.json")
    event["multiValueQueryStringParameters"]["name"] = ["J%C3%BCrgen+M"]  # as the client wrote it
    multi = example.handler(event, CONTEXT)
    assert "headers" not in multi
    assert multi["multiValueHeaders"] == {"Cache-Control": ["no-store"], "Content-Type": ["text/plain; charset=utf-8"]}
    assert multi["body"] == "Hello, Jürgen M! (curl/7.79.1 via /todos)"


def test_function_url_handler() -> None:
    example = load_example("function_url_handler")
    anonymous = example.handler(event_of("lambdaFunctionUrlEvent.json"), CONTEXT)
    assert json.loads(anonymous["body"]) == {"caller": "anonymous", "method": "GET", "received": None}
    iam = event_of("lambdaFunctionUrlIAMEvent.json")
    assert example.handler(iam, CONTEXT)["statusCode"] == 400  # its body is plain text
    iam["body"] = '{"greeting": "hi"}'
    assert json.loads(example.handler(iam, CONTEXT)["body"]) == {
        "caller": "arn:aws:iam::111122223333:user/example-user",
        "method": "POST",
        "received": {"greeting": "hi"},
    }


def test_vpc_lattice_service() -> None:
    example = load_example("vpc_lattice_service")
    event = event_of("vpcLatticeV2EventWithHeaders.json")
    event["queryStringParameters"] = {"order-id": ["o-7"]}
    response = example.handler(event, CONTEXT)
    assert (response["statusCode"], response["statusDescription"]) == (200, "200 OK")
    assert json.loads(response["body"]) == {
        "order": "o-7",
        "caller": "arn:aws:sts::123456789012:assumed-role/example-role/057d00f8b51257ba3c853a0f248943cf",
    }
    del event["queryStringParameters"]
    assert example.handler(event, CONTEXT)["statusCode"] == 400


# --- GraphQL, events and the edge -----------------------------------------------------------------------------


def test_appsync_resolver() -> None:
    example = load_example("appsync_resolver")
    event = event_of("appSyncDirectResolver.json")  # a Cognito user, Mutation.createSomething
    with pytest.raises(ValueError, match="no resolver for Mutation.createSomething"):
        example.handler(event, CONTEXT)
    event["info"]["fieldName"] = "createTask"
    event["arguments"] = {"title": "Review"}
    assert example.handler(event, CONTEXT) == {"id": "t-2", "title": "Review", "owner": "jdoe"}
    event["info"]["fieldName"] = "getTask"
    event["arguments"] = {"id": "t-2"}
    assert example.handler(event, CONTEXT)["owner"] == "jdoe"
    callers = [
        example.caller(event_of(name)["identity"])
        for name in ("appSyncIdentityIamEvent.json", "appSyncIdentityLambdaEvent.json", "appSyncIdentityApiKeyEvent.json")
    ]
    assert callers[0].startswith("arn:aws:") and callers[2] == "api-key"


def test_appsync_events_channel() -> None:
    example = load_example("appsync_events_channel")
    event = event_of("appSyncEventsPublishEvent.json")
    event["events"][0]["payload"]["text"] = "  hello  "
    assert example.handler(event, CONTEXT) == {
        "events": [
            {"id": "5f7dfbd1-b8ce-4a6f-8c5c-EXAMPLE55555", "payload": {"text": "hello", "from": "jane"}},
            {"id": "8a2c1e4b-0d9f-4b7e-9a1c-EXAMPLE66666", "error": "an event is an object with a text"},
        ]
    }
    subscribe = event_of("appSyncEventsSubscribeEvent.json")
    assert example.handler(subscribe, CONTEXT) is None
    subscribe["identity"] = None
    assert example.handler(subscribe, CONTEXT) == {"error": "sign in to subscribe"}


def test_cloudfront_viewer_request() -> None:
    example = load_example("cloudfront_viewer_request")
    event = event_of("cloudFrontViewerRequestEvent.json")
    request = example.handler(event, CONTEXT)
    assert request["uri"] == "/" and request["headers"]["x-device"] == [{"key": "X-Device", "value": "desktop"}]
    event = event_of("cloudFrontViewerRequestEvent.json")
    event["Records"][0]["cf"]["request"]["uri"] = "/blog/2024/hello"
    assert example.handler(event, CONTEXT) == {
        "status": "301",
        "statusDescription": "Moved Permanently",
        "headers": {"location": [{"key": "Location", "value": "https://blog.example.com/2024/hello"}]},
    }


# --- Operations: Config, CloudFormation, CloudWatch, deployments and pipelines -----------------------------------


class _RecordingHandler(BaseHTTPRequestHandler):
    """Answers every request with the server's `body`, and records method, headers and body received."""

    def _answer(self) -> None:
        server = cast("_RecordingServer", self.server)
        length = int(self.headers.get("Content-Length", "0"))
        server.received.append((self.command, dict(self.headers.items()), self.rfile.read(length)))
        self.send_response(200)
        self.send_header("Content-Length", str(len(server.body)))
        self.end_headers()
        self.wfile.write(server.body)

    do_GET = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class _RecordingServer(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 standing in for S3 (a pre-signed URL); it records what it receives."""

    def __init__(self, body: bytes = b"") -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.body = body
        self.received: list[tuple[str, dict[str, str], bytes]] = []

    @property
    def url(self) -> str:
        """The URL of a (pre-signed-looking) object on this server."""
        return f"http://127.0.0.1:{self.server_address[1]}/object?X-Amz-Signature=abc"


@contextmanager
def recording_server(body: bytes = b"") -> Generator[_RecordingServer, None, None]:
    """A running `_RecordingServer`, shut down afterwards."""
    server = _RecordingServer(body)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_config_rule_compliance() -> None:
    example = load_example("config_rule_compliance")
    event = event_of("awsConfigRuleConfigurationChanged.json")  # a t2.medium; the rule wants t2.micro
    assert example.handler(event, CONTEXT) == {
        "ComplianceResourceType": "AWS::EC2::Instance",
        "ComplianceResourceId": "i-042dd005362091826",
        "ComplianceType": "NON_COMPLIANT",
        "OrderingTimestamp": "2023-04-27T15:03:11.636Z",
    }
    event["ruleParameters"] = '{"desiredInstanceType": "t2.medium"}'
    assert example.handler(event, CONTEXT)["ComplianceType"] == "COMPLIANT"
    event["eventLeftScope"] = True
    assert example.handler(event, CONTEXT)["ComplianceType"] == "NOT_APPLICABLE"
    assert example.handler(event_of("awsConfigRuleScheduled.json"), CONTEXT) is None
    assert example.handler(event_of("awsConfigRuleOversizedConfiguration.json"), CONTEXT) is None


def test_bedrock_agent_action() -> None:
    example = load_example("bedrock_agent_action")
    api = example.handler(event_of("bedrockAgentEvent.json"), CONTEXT)  # GET /claims
    assert api["response"]["httpStatusCode"] == 200
    assert json.loads(api["response"]["responseBody"]["application/json"]["body"]) == example.CLAIMS
    function = example.handler(event_of("bedrockAgentFunctionEvent.json"), CONTEXT)
    assert function["response"]["functionResponse"] == {
        "responseBody": {"TEXT": {"body": "Requested from 2024-03-15 to 2024-03-20."}}
    }
    assert function["sessionAttributes"] == {"employeeId": "EMP123", "department": "Engineering"}
    incomplete = event_of("bedrockAgentFunctionEvent.json")
    incomplete["parameters"] = []
    assert example.handler(incomplete, CONTEXT)["response"]["functionResponse"]["responseState"] == "REPROMPT"


def test_cloudformation_custom_resource(monkeypatch: pytest.MonkeyPatch) -> None:
    example = load_example("cloudformation_custom_resource")
    # The loopback server stands in for S3, which the sender refuses unless told (its https/AWS host rule).
    monkeypatch.setattr(
        example, "send_cloudformation_response", functools.partial(send_cloudformation_response, allow_any_url=True)
    )
    with recording_server() as server:
        for fixture in ("cloudformationCustomResourceCreate.json", "cloudformationCustomResourceUpdate.json",
                        "cloudformationCustomResourceDelete.json"):
            event = event_of(fixture)
            event["ResponseURL"] = server.url
            event["ResourceProperties"]["Prefix"] = "orders"
            assert example.handler(event, CONTEXT) is None
    documents = [json.loads(body) for _, _, body in server.received]
    assert [method for method, _, _ in server.received] == ["PUT", "PUT", "PUT"]
    assert all(headers.get("Content-Type", "") == "" for _, headers, _ in server.received)
    created, updated, deleted = documents
    assert created["Status"] == "SUCCESS" and created["PhysicalResourceId"].startswith("orders-")
    assert created["Data"] == {"Name": created["PhysicalResourceId"]}
    assert created["RequestId"] == "xxxxx-d2a0-4dfb-ab1f-xxxxxx"
    assert updated["PhysicalResourceId"].startswith("orders-")  # the prefix changed: a replacement
    assert deleted["PhysicalResourceId"] == event_of("cloudformationCustomResourceDelete.json")["PhysicalResourceId"]


def test_cloudwatch_alarm_action() -> None:
    example = load_example("cloudwatch_alarm_action")
    assert example.handler(event_of("cloudWatchAlarmEventSingleMetric.json"), CONTEXT) == (
        "Test alert: OK -> ALARM on Invocations, Duration (recent [1.0], threshold 10.0)"
    )
    assert example.handler(event_of("cloudWatchAlarmEventCompositeMetric.json"), CONTEXT) == (
        "CompositeDemo.Main: ALARM -> ALARM by rule ALARM(CompositeDemo.FirstChild) OR ALARM(CompositeDemo.SecondChild)"
    )
    assert example.handler(event_of("cloudWatchAlarmEventFirstState.json"), CONTEXT) == (
        "orders-queue-depth: new -> INSUFFICIENT_DATA on Backlog"
    )


def test_cloudwatch_custom_widget() -> None:
    example = load_example("cloudwatch_custom_widget")
    html = example.handler(event_of("cloudWatchDashboardEvent.json"), CONTEXT)
    assert html == "<h2>Tweets for Amazon website problem</h2><p>2021-07-26 05:07 to 07:02 UTC (UTC)</p>"
    assert example.handler(event_of("cloudWatchDashboardDescribeEvent.json"), CONTEXT) == example.DOCUMENTATION


def test_codedeploy_hook() -> None:
    example = load_example("codedeploy_hook")
    assert example.handler(event_of("codeDeployLifecycleHookEvent.json"), CONTEXT) == {
        "deploymentId": "d-ABCDEF",
        "lifecycleEventHookExecutionId": "xxxxxxxxxxxxxxxxxxxxxxxx",
        "status": "Succeeded",
    }


def test_codepipeline_job() -> None:
    example = load_example("codepipeline_job")
    assert example.handler(event_of("codePipelineEventData.json"), CONTEXT) == {
        "jobId": "c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6",
        "parameters": {"KEY": "VALUE"},
        "inputs": ["my-pipeline-SourceArtifact"],
    }
    assert example.handler(event_of("codePipelineEventEmptyUserParameters.json"), CONTEXT)["parameters"] is None
    failure = example.handler(event_of("codePipelineEvent.json"), CONTEXT)["failure"]  # plain text parameters
    assert failure["type"] == "ConfigurationError" and "UserParameters: invalid JSON" in failure["message"]


# --- Users, contacts, devices, bots, storage, secrets, mail and file transfers ---------------------------------


def test_cognito_pre_sign_up() -> None:
    example = load_example("cognito_pre_sign_up")
    event = event_of("cognitoPreSignUpEvent.json")  # user@example.com
    assert example.handler(event, CONTEXT)["response"] == {"autoConfirmUser": True, "autoVerifyEmail": True}
    event = event_of("cognitoPreSignUpEvent.json")
    event["request"]["userAttributes"]["email"] = "someone@elsewhere.net"
    with pytest.raises(ValueError, match="company addresses only"):
        example.handler(event, CONTEXT)


def test_cognito_define_auth_challenge() -> None:
    example = load_example("cognito_define_auth_challenge")
    event = event_of("cognitoDefineAuthChallengeEvent.json")
    assert example.handler(event, CONTEXT)["response"] == {"issueTokens": False, "failAuthentication": True}
    del event["request"]["userNotFound"]
    steps: list[tuple[list[tuple[str, bool]], dict[str, Any]]] = [
        ([], {"challengeName": "SRP_A"}),
        ([("SRP_A", True)], {"challengeName": "PASSWORD_VERIFIER"}),
        ([("SRP_A", True), ("PASSWORD_VERIFIER", True)],
         {"issueTokens": False, "failAuthentication": False, "challengeName": "CUSTOM_CHALLENGE"}),
        ([("SRP_A", True), ("PASSWORD_VERIFIER", True), ("CUSTOM_CHALLENGE", False)],
         {"issueTokens": False, "failAuthentication": False, "challengeName": "CUSTOM_CHALLENGE"}),
        ([("SRP_A", True), ("PASSWORD_VERIFIER", True)] + [("CUSTOM_CHALLENGE", False)] * 3,
         {"issueTokens": False, "failAuthentication": True}),
        ([("SRP_A", True), ("PASSWORD_VERIFIER", True), ("CUSTOM_CHALLENGE", True)],
         {"issueTokens": True, "failAuthentication": False}),
        ([("SRP_A", True), ("PASSWORD_VERIFIER", False)], {"issueTokens": False, "failAuthentication": True}),
    ]
    for session, expected in steps:
        event["request"]["session"] = [{"challengeName": name, "challengeResult": result} for name, result in session]
        event["response"] = {}
        assert example.handler(event, CONTEXT)["response"] == expected, session


def test_lambda_destination_failures(caplog: pytest.LogCaptureFixture) -> None:
    example = load_example("lambda_destination_failures")
    failed = json.dumps(event_of("lambdaDestinationRetriesExhausted.json"))
    expired = json.dumps(event_of("lambdaDestinationEventAgeExceeded.json"))
    with caplog.at_level("ERROR"):
        assert example.handler(sqs_event(bodies=[failed, expired], seed=1), CONTEXT) == {"batchItemFailures": []}
    assert "(RetriesExhausted after 3 attempts): Order order-1002 has no customer" in caplog.text
    assert '(EventAgeExceeded after 0 attempts): it never ran; event: {"orderId": "order-1003"}' in caplog.text


def test_iot_mqtt_authorizer() -> None:
    example = load_example("iot_mqtt_authorizer")
    allowed = example.handler(event_of("iotAuthorizerMqtt.json") | {}, CONTEXT)
    assert allowed["isAuthenticated"] is False  # the fixture's password is not sensor-17's
    event = iot_authorizer_event(client_id="sensor-17", password=b"device-password", seed=1)
    answer = example.handler(event, CONTEXT)
    assert answer["isAuthenticated"] is True and answer["principalId"] == "sensor17"
    assert find_event_problems(answer, lambda_events.IoTAuthorizerResponseDict) == []
    assert example.handler(iot_authorizer_event(protocol="http", seed=1), CONTEXT)["policyDocuments"] == []


def test_iot_rule_action() -> None:
    example = load_example("iot_rule_action")
    event = {"temperature": 21.54, "humidity": 40.2, "topic": "sensors/sensor-17/telemetry"}
    assert example.handler(event, CONTEXT) == "sensor-17: 21.5 °C, 40 %"
    assert find_event_problems(event, example.TelemetryEventDict) == []


def test_codecommit_deploy() -> None:
    example = load_example("codecommit_deploy")
    assert example.handler(event_of("codecommitPush.json"), CONTEXT) == ["main@5e493c6"]
    assert example.handler(event_of("codecommitBranchCreatedAndTagDeleted.json"), CONTEXT) == ["feature/refunds@a1b2c3d"]
    test_notification = codecommit_event(test=True, seed=1)
    assert example.handler(test_notification, CONTEXT) == []


def test_autoscaling_spot_first() -> None:
    example = load_example("autoscaling_spot_first")
    answer = example.handler(event_of("autoscalingTerminationPolicy.json"), CONTEXT)
    assert answer == {
        "InstanceIDs": ["i-0b3f6ed85eb4c2d6e", "i-0056faf8da3e1f75d", "i-02e1c69383a3ed501", "i-0b1d1a4d36c2f76e5"]
    }
    assert answer == event_of("autoscalingTerminationPolicyResponse.json")


def test_client_vpn_connect_handler() -> None:
    example = load_example("client_vpn_connect_handler")
    noon = datetime(2024, 5, 17, 12, tzinfo=timezone.utc)
    assert example.decide(event_of("clientVpnConnectionSaml.json"), noon)["allow"] is True
    assert example.decide(event_of("clientVpnConnectionCertificateV1.json"), noon)["allow"] is True
    outsider = client_vpn_event(groups="finance", seed=1)
    denied = example.decide(outsider, noon)
    assert denied == {
        "allow": False,
        "error-msg-on-denied-connection": "jane@example.com is not in a group allowed to connect.",
        "posture-compliance-statuses": [],
        "schema-version": "v3",
    }
    assert find_event_problems(denied, lambda_events.ClientVPNConnectionResponseDict) == []
    night = example.decide(event_of("clientVpnConnectionSaml.json"), noon.replace(hour=2))
    assert night["allow"] is False and "maintenance" in night["error-msg-on-denied-connection"]
    assert example.handler(event_of("clientVpnConnectionSaml.json"), CONTEXT)["schema-version"] == "v3"


def test_workmail_outbound_filter() -> None:
    example = load_example("workmail_outbound_filter")
    assert example.handler(event_of("workmailInbound.json"), CONTEXT) == {
        "actions": [{"action": {"type": "DEFAULT"}, "allRecipients": True}]
    }
    event = workmail_event(
        subject="Confidential: Q3", recipients=["ops@example.com", "partner@other.example"], direction="OUTBOUND"
    )
    answer = example.handler(event, CONTEXT)
    assert answer["actions"][0]["recipients"] == ["partner@other.example"]
    assert find_event_problems(answer, lambda_events.WorkMailSyncResponseDict) == []


def test_ground_truth_majority_vote() -> None:
    example = load_example("ground_truth_majority_vote")
    labels = example.consolidate(event_of("groundTruthConsolidation.json"), [event_of("groundTruthAnnotatedObject.json")])
    assert labels == [event_of("groundTruthConsolidatedAnnotation.json")]


def test_connect_contact_flow() -> None:
    example = load_example("connect_contact_flow")
    assert example.handler(event_of("connectContactFlowEventMin.json"), CONTEXT) == {
        "name": "there",
        "tier": "standard",
        "channel": "VOICE",
        "queue": "none",
        "language": "en-US",
    }
    event = event_of("connectContactFlowEventAll.json")
    event["Details"]["ContactData"]["CustomerEndpoint"]["Address"] = "+12065550100"
    assert example.handler(event, CONTEXT)["tier"] == "gold"
    assert example.handler(event, CONTEXT)["queue"] == "QueueOne"
    older = example.handler(event_of("connectContactFlowExecutionOlderFlow.json"), CONTEXT)
    assert older["channel"] == "VOICE" and older["queue"] == "none"


def test_iot_registry_events() -> None:
    example = load_example("iot_registry_events")
    assert example.handler(event_of("iotRegistryEventsThingEvent.json"), CONTEXT) == "created MyThing (version 1)"
    assert example.INVENTORY["MyThing"] == {"attribute3": "value3", "attribute1": "value1", "attribute2": "value2"}
    assert example.handler(event_of("iotRegistryEventsThingTypeEvent.json"), CONTEXT) == "ignored THING_TYPE_EVENT"


def test_lex_v2_fulfillment() -> None:
    example = load_example("lex_v2_fulfillment")
    dialog = event_of("lexV2DialogCodeHookEvent.json")  # New York: a known city
    assert example.handler(dialog, CONTEXT)["sessionState"]["dialogAction"] == {"type": "Delegate"}
    dialog["sessionState"]["intent"]["slots"]["Location"]["value"]["interpretedValue"] = "Paris"
    asked = example.handler(dialog, CONTEXT)
    assert asked["sessionState"]["dialogAction"] == {"type": "ElicitSlot", "slotToElicit": "Location"}
    assert asked["sessionState"]["intent"]["slots"]["Location"] is None
    assert asked["messages"] == [{"contentType": "PlainText", "content": "There is no hotel in Paris. Which city?"}]
    closed = example.handler(event_of("lexV2FulfillmentCodeHookEvent.json"), CONTEXT)
    assert closed["sessionState"]["dialogAction"] == {"type": "Close"}
    assert closed["sessionState"]["intent"]["state"] == "Fulfilled"
    assert closed["messages"] == [{"contentType": "PlainText", "content": "Booked 3 nights in New York."}]


def test_s3_object_lambda_redact() -> None:
    example = load_example("s3_object_lambda_redact")
    event = event_of("s3ObjectEventIAMUser.json")
    with recording_server(b"contact: jane.doe@example.com, phone 555-0100") as server:
        event["getObjectContext"]["inputS3Url"] = server.url
        arguments = example.handler(event, CONTEXT)
    assert arguments == {"Body": b"contact: ***, phone 555-0100", "RequestRoute": "io-iad-cell001", "RequestToken": "..."}
    assert server.received[0][0] == "GET"
    head = example.handler(event_of("s3ObjectLambdaHeadObjectEvent.json"), CONTEXT)
    assert head == {"statusCode": 200, "headers": {"x-amz-meta-redacted": "true"}}
    assert example.handler(event_of("s3ObjectLambdaListObjectsV2Event.json"), CONTEXT)["statusCode"] == 403


def test_secrets_rotation() -> None:
    example = load_example("secrets_rotation")
    event = event_of("secretsManagerEvent.json")
    for step in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        event["Step"] = step
        example.handler(event, CONTEXT)
    token = "550e8400-e29b-41d4-a716-446655440000"
    assert example.DONE == [f"created pending version {token}", "set it in the database", "signed in with it",
                            f"made {token} current"]


def test_ses_receipt_filter() -> None:
    example = load_example("ses_receipt_filter")
    event = event_of("sesEvent.json")
    assert example.handler(event, CONTEXT) == {"disposition": "CONTINUE"}
    event["Records"][0]["ses"]["receipt"]["virusVerdict"]["status"] = "FAIL"
    assert example.handler(event, CONTEXT) == {"disposition": "STOP_RULE_SET"}


def test_transfer_family_authorizer() -> None:
    example = load_example("transfer_family_authorizer")
    password = example.handler(event_of("TransferFamilyAuthorizer.json"), CONTEXT)
    assert password["Role"] == "arn:aws:iam::123456789012:role/transfer-access" and "PublicKeys" not in password
    assert json.loads(password["HomeDirectoryDetails"]) == [{"Entry": "/", "Target": "/uploads-bucket/home/value"}]
    key = event_of("TransferFamilyAuthorizerKeyAuthEvent.json")
    key["username"] = "value"
    assert example.handler(key, CONTEXT)["PublicKeys"] == [example.USERS["value"]["key"]]
    wrong = event_of("TransferFamilyAuthorizer.json")
    wrong["password"] = "guess"
    assert example.handler(wrong, CONTEXT) == {}


# --- Typing patterns -------------------------------------------------------------------------------------------


def test_cognito_multi_trigger() -> None:
    example = load_example("cognito_multi_trigger")
    sign_up = example.handler(event_of("cognitoPreSignUpEvent.json"), CONTEXT)
    assert sign_up["response"] == {"autoConfirmUser": True}
    message = example.handler(event_of("cognitoCustomMessageForgotPasswordEvent.json"), CONTEXT)
    code = message["request"]["codeParameter"]
    assert message["response"]["emailMessage"] == f"Use {code} to choose a new password."
    assert message["response"]["emailSubject"] == "Your password reset code"
    sign_in = event_of("cognitoPreAuthenticationEvent.json")
    assert example.handler(sign_in, CONTEXT) == event_of("cognitoPreAuthenticationEvent.json")
    sign_in["userName"] = "mallory"
    with pytest.raises(PermissionError):
        example.handler(sign_in, CONTEXT)


def test_dynamodb_attribute_values() -> None:
    example = load_example("dynamodb_attribute_values")
    images = example.handler(event_of("dynamodbStreamNewAndOldImagesEvent.json"), CONTEXT)
    assert len(images) == 2  # the REMOVE record has no new image
    first = images[0]
    assert first["sk"] == 1 and first["active"] is True and first["deletedAt"] is None
    assert first["tags"] == ["gold", "newsletter"] and first["scores"] == [-7.5, 42.0, 1000.0]
    assert first["address"] == {"city": "London", "geo": {"lat": 51.5072, "lon": -0.1276}}
    assert first["orders"][1:] == ["legacy-order", [False, None]]
    assert first["avatar"] == "iVBORw0KGgo=" and first["keys"] == ["/w==", "AAE="]
    assert images[1] == {"pk": "CUSTOMER#4711", "sk": 1, "name": "Ada King", "active": True}


def test_multi_source_handler() -> None:
    example = load_example("multi_source_handler")
    assert example.handler(event_of("sqsEvent.json"), CONTEXT) == ["Test message.", '{"message": "foo1"}']
    assert example.handler(event_of("snsEvent.json"), CONTEXT) == ["Hello from SNS!"]
    assert example.handler(event_of("eventBridgeScheduledEvent.json"), CONTEXT) == ["scheduled run at 2015-10-08T16:53:06Z"]
    with pytest.raises(ValueError, match="unexpected event from kinesis"):
        example.handler(event_of("kinesisStreamEvent.json"), CONTEXT)
    with pytest.raises(ValueError, match="an unknown source"):
        example.handler({"hello": "world"}, CONTEXT)


def test_handler_alias_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("handler_alias_deadline")
    event = event_of("sqsEvent.json")
    assert example.handler is example.process
    assert example.handler(event, CONTEXT) == {"batchItemFailures": []}
    assert capsys.readouterr().out.count(CONTEXT.aws_request_id) == 2
    late = replace(CONTEXT, remaining_millis=5_000)
    assert example.handler(event, late) == {
        "batchItemFailures": [
            {"itemIdentifier": "059f36b4-87a3-44ab-83d2-661975830a7d"},
            {"itemIdentifier": "2e1424d4-f796-459a-8184-9c92662be6da"},
        ]
    }


def test_redact_before_logging(caplog: pytest.LogCaptureFixture) -> None:
    example = load_example("redact_before_logging")
    event = event_of("apiGatewayProxyEventLambdaAuthorizer.json")
    event["headers"] = {"Authorization": "Bearer eyJhbGciOi.secret", "Accept": "application/json"}
    event["multiValueHeaders"] = {"Authorization": ["Bearer eyJhbGciOi.secret"], "Accept": ["application/json"]}
    original = copy.deepcopy(event)
    with caplog.at_level(logging.INFO):
        response = example.handler(event, CONTEXT)
    assert json.loads(response["body"]) == {"path": event["path"]}
    assert event == original  # the handler still has the real event
    logged = caplog.records[0].getMessage()
    assert "eyJhbGciOi.secret" not in logged
    logged_event = json.loads(logged.removeprefix("request "))
    assert logged_event["headers"] == {"Authorization": "[SENSITIVE]", "Accept": "application/json"}
    assert logged_event["multiValueHeaders"]["Authorization"] == ["[SENSITIVE]"]


def test_testing_with_factories() -> None:
    example = load_example("testing_with_factories")
    example.test_only_the_bad_message_is_retried()
    example.test_messages_are_left_for_a_retry_near_the_timeout()
    good = example.sqs_event(bodies=[{"order": 1}, [1, 2]], seed=2)
    assert example.handler(good, example.lambda_context(remaining_millis=2_000)) == {"batchItemFailures": []}
    assert len(example.handler(good, example.lambda_context(remaining_millis=1_999))["batchItemFailures"]) == 2


# --- Getting started ----------------------------------------------------------------------------------------


def test_orders() -> None:
    example = load_example("orders")
    event = event_of("sqsEvent.json")  # neither body is an order: plain text, and an object without `id`
    expected = [{"itemIdentifier": record["messageId"]} for record in event["Records"]]
    assert example.handler(event, CONTEXT) == {"batchItemFailures": expected}
    assert example.handler(copy.deepcopy(event) | {"Records": []}, CONTEXT) == {"batchItemFailures": []}
    # The Getting started page quotes mypy's errors for a misspelt key on line 22 and a wrong return on line 28.
    lines = (EXAMPLES_DIR / "orders.py").read_text(encoding="utf-8").splitlines()
    assert 'failed.append(record["messageId"])' in lines[21]
    assert lines[27].strip() == "return sqs_batch_response(failed)"


def test_test_orders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's tests, which import `orders` as a reader's project would (the checkers resolve it beside them)."""
    monkeypatch.setitem(sys.modules, "orders", load_example("orders"))
    example = load_example("test_orders")
    example.test_every_order_is_accepted()
    example.test_a_message_that_is_not_an_order_is_retried()


# --- Every example is run; every module is documented -------------------------------------------------------


def test_every_example_is_run() -> None:
    examples = {path.stem for path in EXAMPLES_DIR.glob("*.py")}
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert sorted(examples - tested) == []


def _handler_examples() -> list[Path]:
    """The handler modules of `examples/` (its `__init__` is none)."""
    return sorted(path for path in HANDLER_EXAMPLES_DIR.glob("*.py") if path.stem != "__init__")


def _handlers_run_by_test() -> dict[str, set[str]]:
    """Each test function of `tests/test_examples.py`, mapped to the modules whose `handler` it uses."""
    tree = ast.parse(HANDLER_EXAMPLES_TESTS.read_text(encoding="utf-8"))
    return {
        function.name: {
            node.value.id
            for node in ast.walk(function)
            if isinstance(node, ast.Attribute) and node.attr == "handler" and isinstance(node.value, ast.Name)
        }
        for function in tree.body
        if isinstance(function, ast.FunctionDef) and function.name.startswith("test_")
    }


def test_every_handler_example_is_run() -> None:
    """Each file of `examples/` has a test in `tests/test_examples.py`, named after it, that runs its handler."""
    runs = _handlers_run_by_test()
    unrun = [
        path.stem
        for path in _handler_examples()
        if not any(name.startswith(f"test_{path.stem}") and path.stem in used for name, used in runs.items())
    ]
    assert unrun == []


def _public_modules(package: str) -> list[str]:
    """The modules of `lambda_events.<package>` that users import from (not the private `_name` ones)."""
    return sorted(
        path.stem
        for path in (PACKAGE_DIR / package).glob("*.py")
        if not path.stem.startswith("_")
    )


def _rendered_objects() -> dict[str, str]:
    """Every `::: path` directive of every page, mapped to the page (relative to docs/)."""
    rendered: dict[str, str] = {}
    for page in DOCS_DIR.rglob("*.md"):
        for match in re.finditer(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), flags=re.MULTILINE):
            rendered[match.group(1)] = str(page.relative_to(DOCS_DIR))
    return rendered


TYPES_MODULES_THAT_ARE_NOT_SOURCES = {"context": "handlers.md"}
"""Modules of `lambda_events.types` that describe no event source, and the page that renders each."""


@pytest.mark.parametrize("module", _public_modules("types"))
def test_every_types_module_has_its_page(module: str) -> None:
    page = TYPES_MODULES_THAT_ARE_NOT_SOURCES.get(module, f"sources/{module}.md")
    assert (DOCS_DIR / page).exists(), f"docs/{page} is missing"
    assert _rendered_objects().get(f"lambda_events.types.{module}") == page


@pytest.mark.parametrize("module", _public_modules("helpers"))
def test_every_helper_module_is_rendered(module: str) -> None:
    assert f"lambda_events.helpers.{module}" in _rendered_objects()


@pytest.mark.parametrize("module", _public_modules("testing"))
def test_every_testing_module_is_rendered_in_the_testing_section(module: str) -> None:
    """The factories' reference is split by kind of source over the pages of `docs/testing/`."""
    assert _rendered_objects().get(f"lambda_events.testing.{module}", "").startswith("testing/")


def test_every_example_is_shown_on_a_page() -> None:
    """Each file of `docs/examples/` and `examples/` is included into a page (paths from the repository root)."""
    shown = {
        match.group(1)
        for page in DOCS_DIR.rglob("*.md")
        for match in re.finditer(r'--8<-- "((?:docs/)?examples/\w+\.py)"', page.read_text(encoding="utf-8"))
    }
    examples = {path.relative_to(ROOT).as_posix() for path in [*EXAMPLES_DIR.glob("*.py"), *_handler_examples()]}
    assert sorted(examples - shown) == []


def test_every_detected_source_is_listed_on_its_page() -> None:
    """Each source page lists its source ids with their type guard, handler alias and test event factory."""
    pages = {page.stem: page.read_text(encoding="utf-8") for page in (DOCS_DIR / "sources").glob("*.md")}
    unlisted = [
        source
        for source in EVENT_SOURCE_TYPE_NAMES
        if not any(f"| `{source}` |" in text and f"is_{source}_event" in text for text in pages.values())
    ]
    assert unlisted == []


def test_doctests_in_docstrings_are_fenced_once() -> None:
    """The build's Griffe extension turns `>>>` examples into code fences, and leaves fenced text alone."""
    spec = importlib.util.spec_from_file_location("docs_doctest_fences", DOCS_DIR / "extensions" / "doctest_fences.py")
    assert spec is not None and spec.loader is not None
    extension = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extension)
    docstring = "Parse it.\n\n>>> decode({'a': 1})\n{'a': 1}\n\nRaises `EventDecodeError`."
    fenced = extension.fence_doctests(docstring)
    assert fenced == "Parse it.\n\n```pycon\n>>> decode({'a': 1})\n{'a': 1}\n```\n\nRaises `EventDecodeError`."
    assert extension.fence_doctests(fenced) == fenced


def test_root_types_filtered_from_a_module_are_rendered_on_the_same_page() -> None:
    """A page renders its root types first, then the module with those filtered out: none may get lost."""
    missing: list[str] = []
    for page in (DOCS_DIR / "sources").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        module = f"lambda_events.types.{page.stem}"
        for name in re.findall(r'"!\^(\w+)\$"', text):
            if f"::: {module}.{name}\n" not in text:
                missing.append(f"{page.name}: {name}")
            assert hasattr(lambda_events, name), f"{page.name} filters {name}, which lambda_events does not export"
    assert missing == []
