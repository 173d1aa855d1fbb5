"""Powertools' "Event Source Data Classes" examples, mirrored in `examples/powertools/`, run on real events.

`POWERTOOLS_EXAMPLES` lists every `.py` file of Powertools' `examples/event_sources/src/` (the files its
documentation page `docs/utilities/data_classes.md` includes, aws-powertools/powertools-lambda-python); each
has its mirror, `examples/powertools/<stem>.py`, and a test here, `test_<stem>`, that runs it on fixtures of
`tests/events/` and checks what it returns (and logs, or prints). The mirrors' docstrings list what differs
beyond the imports, `event.x` read as `event["x"]` and the wrapping line; the table of the migration guide
(`docs/migration/powertools/index.md`) is made from them, and checked here:
`python -m tests.test_powertools_examples` rewrites it.
"""

from __future__ import annotations

import ast
import base64
import gzip
import importlib
import json
import logging
import re
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lambda_events import (
    ALBResponseDict,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayProxyResponseDict,
    APIGatewayProxyResponseV2Dict,
    AppSyncAuthorizerResponseDict,
    CreateAuthChallengeTriggerEventDict,
    DefineAuthChallengeTriggerEventDict,
    KinesisFirehoseTransformationResponseDict,
    KinesisStreamBatchResponseDict,
    LambdaFunctionUrlResponseDict,
    S3BatchOperationResponseDict,
    VerifyAuthChallengeResponseTriggerEventDict,
    VPCLatticeResponseDict,
    base64_from_str,
    find_event_problems,
)
from lambda_events.testing import cloudwatch_logs_event, kinesis_event, lambda_context
from tests.fixture_catalog import event_named

ClientError: Any = importlib.import_module("botocore.exceptions").ClientError  # botocore is untyped
ROOT = Path(__file__).resolve().parent.parent
MIRRORS_DIR = ROOT / "examples" / "powertools"
GUIDE = ROOT / "docs" / "migration" / "powertools" / "index.md"
TABLE_BEGIN = "<!-- begin generated: Powertools' examples (python -m tests.test_powertools_examples) -->"
TABLE_END = "<!-- end generated -->"

POWERTOOLS_EXAMPLES = (
    "active_mq_example",
    "albEvent",
    "apigw_auth_v2",
    "apigw_authorizer_request",
    "apigw_authorizer_request_websocket",
    "apigw_authorizer_token",
    "apigw_proxy_decorator",
    "apigw_proxy_v2",
    "appSyncAuthorizer",
    "appSyncResolver",
    "aws_config_rule",
    "bedrock_agent",
    "bedrock_agent_event",
    "cloudWatchDashboard",
    "cloudformation_custom_resource_handler",
    "cloudwatch_alarm_event",
    "cloudwatch_logs",
    "code_pipeline_job",
    "codedeploy_lifecycle_hook",
    "cognito_create_auth",
    "cognito_define_auth",
    "cognito_post_confirmation",
    "cognito_verify_auth",
    "connect_contact_flow",
    "debugging",
    "dynamodb_multiple_records",
    "dynamodb_stream",
    "eventBridgeEvent",
    "getting_started_data_classes",
    "iot_registry_add_or_delete_from_thing_group_event",
    "iot_registry_add_or_remove_from_thing_group_event",
    "iot_registry_thing_event",
    "iot_registry_thing_group_event",
    "iot_registry_thing_type_association_event",
    "iot_registry_thing_type_event",
    "kafka_event",
    "kinesisStreamCloudWatchLogs",
    "kinesis_batch_example",
    "kinesis_firehose_delivery_stream",
    "kinesis_firehose_delivery_stream_failed",
    "kinesis_firehose_response",
    "kinesis_firehose_response_drop",
    "kinesis_firehose_response_exception",
    "kinesis_streams",
    "lambdaFunctionUrl",
    "rabbit_mq_example",
    "s3Event",
    "s3_batch_operation",
    "s3_event_bridge",
    "s3_object_lambda",
    "secrets_manager",
    "ses_event",
    "sns_event",
    "sqs_event",
    "vpc_lattice",
    "vpc_lattice_v2",
)
"""The stems of the `.py` files of Powertools' `examples/event_sources/src/` (its JSON files are test events
and outputs, not examples). Every one is mirrored."""


def mirror(stem: str) -> ModuleType:
    """The mirror of Powertools' `<stem>.py`."""
    return importlib.import_module(f"examples.powertools.{stem}")


def run(stem: str, event: Any, handler: str = "lambda_handler") -> Any:
    """What the mirror's handler returns for `event`."""
    return getattr(mirror(stem), handler)(event, lambda_context())


def valid(output: Any, response_type: object) -> Any:
    """`output`, after checking it is exactly a `response_type`."""
    assert find_event_problems(output, response_type) == []
    return output


# --- the list, the mirrors and the guide's table ---------------------------------------------------------


def test_every_powertools_example_has_its_mirror_and_its_test() -> None:
    mirrors = {path.stem for path in MIRRORS_DIR.glob("*.py") if path.stem != "__init__"}
    assert mirrors == set(POWERTOOLS_EXAMPLES)
    # A mirror is tested when a test (its body or its parameters) names it.
    tests = [
        node
        for node in ast.parse(Path(__file__).read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    ]
    named = {
        constant.value
        for test in tests
        for constant in ast.walk(ast.Module(body=[test], type_ignores=[]))
        if isinstance(constant, ast.Constant)
    }
    assert set(POWERTOOLS_EXAMPLES) - named == set()


def differences(stem: str) -> list[str]:
    """The items under "Differences:" in the mirror's docstring (none when it says "Differences: none.")."""
    docstring = ast.get_docstring(ast.parse((MIRRORS_DIR / f"{stem}.py").read_text(encoding="utf-8"))) or ""
    assert docstring.startswith(f"Powertools' `{stem}.py`: "), (
        f"{stem}: the docstring names the example first"
    )
    _, found, section = docstring.partition("\nDifferences:")
    assert found, f"{stem}: the docstring has no 'Differences:' section"
    if section.strip() == "none.":
        return []
    items = [" ".join(item.split()) for item in re.split(r"\n- ", section.strip().removeprefix("- "))]
    assert all(items), f"{stem}: an empty item under 'Differences:'"
    return items


def table() -> str:
    """The guide's table: every example, its mirror, and what differs beyond the mechanical changes."""
    rows = ["| Powertools' example | lambda-events | what else changes |", "|---|---|---|"]
    for stem in POWERTOOLS_EXAMPLES:
        changes = " ".join(differences(stem)) or "nothing"
        rows.append(f"| `{stem}.py` | `examples/powertools/{stem}.py` | {changes.replace('|', '&#124;')} |")
    return "\n".join(rows)


def guide_with_table(text: str) -> str:
    """The guide's text with the table written between its markers."""
    start, end = text.index(TABLE_BEGIN) + len(TABLE_BEGIN), text.index(TABLE_END)
    return f"{text[:start]}\n{table()}\n{text[end:]}"


def test_the_migration_guide_lists_every_example_with_its_differences() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    assert text == guide_with_table(text), "stale table: run python -m tests.test_powertools_examples"


# --- HTTP ------------------------------------------------------------------------------------------------


def test_albEvent() -> None:
    event = event_named("albEvent.json")
    assert valid(run("albEvent", event), ALBResponseDict) == {
        "statusCode": 200,
        "body": "Hello from path: /lambda",
    }
    event["httpMethod"] = "POST"
    assert run("albEvent", event) == {"statusCode": 400, "body": "No Hello from path"}


@pytest.mark.parametrize("stem", ["apigw_proxy_decorator", "getting_started_data_classes"])
def test_apigw_proxy_decorator(stem: str) -> None:
    event = event_named("apiGatewayProxyEvent.json")
    event["path"] = "/hello/world"
    output = valid(run(stem, event), APIGatewayProxyResponseDict)
    assert output == {"statusCode": 200, "body": "Hello from path: /hello/world"}
    assert run(stem, event_named("apiGatewayProxyEvent.json")) == {
        "statusCode": 400,
        "body": "No Hello from path",
    }


def test_getting_started_data_classes() -> None:
    event = event_named("apiGatewayProxyEvent.json")
    event["path"], event["httpMethod"] = "/hello", "DELETE"
    assert run("getting_started_data_classes", event) == {"statusCode": 400, "body": "No Hello from path"}


def test_apigw_proxy_v2() -> None:
    event = event_named("apiGatewayProxyV2Event.json")  # POST /my/path
    assert run("apigw_proxy_v2", event) == {"statusCode": 400, "body": "No Hello from path"}
    event["rawPath"] = "/hello"
    output = valid(run("apigw_proxy_v2", event), APIGatewayProxyResponseV2Dict)
    assert output == {"statusCode": 200, "body": "Hello from path: /hello"}


def test_lambdaFunctionUrl() -> None:
    event = event_named("lambdaFunctionUrlEvent.json")
    output = valid(run("lambdaFunctionUrl", event), LambdaFunctionUrlResponseDict)
    assert output == {"statusCode": 200, "body": "Hello World!"}
    event["requestContext"]["http"]["method"] = "PUT"
    assert run("lambdaFunctionUrl", event) is None


@pytest.mark.parametrize(
    ("stem", "name", "body", "extra"),
    [
        ("vpc_lattice", "vpcLatticeEvent.json", "eyJ0ZXN0IjogImV2ZW50In0=", {}),
        (
            "vpc_lattice_v2",
            "vpcLatticeV2Event.json",
            '{"message": "Hello from Lambda!"}',
            {"statusDescription": "200 OK"},
        ),
    ],
)
def test_vpc_lattice(
    stem: str, name: str, body: str, extra: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        output = valid(run(stem, event_named(name)), VPCLatticeResponseDict)
    assert caplog.messages == [body]
    assert output == {
        "isBase64Encoded": False,
        "statusCode": 200,
        **extra,
        "headers": {"Content-Type": "application/text"},
        "body": "Event Response to VPC Lattice 🔥🚀🔥"
        if stem == "vpc_lattice"
        else "VPC Lattice V2 Event ✨🎉✨",
    }


def test_vpc_lattice_v2(caplog: pytest.LogCaptureFixture) -> None:
    event = event_named("vpcLatticeV2Event.json")
    del event["body"]
    with caplog.at_level(logging.INFO):
        assert run("vpc_lattice_v2", event)["statusCode"] == 200
    assert caplog.messages == ["None"]


def test_appSyncResolver(capsys: pytest.CaptureFixture[str]) -> None:
    event = event_named("appSyncDirectResolver.json")
    with pytest.raises(Exception, match="^Unhandled field: createSomething for type: Mutation$"):
        run("appSyncResolver", event)
    assert "Request from Cognito user: " in capsys.readouterr().out
    event["info"]["parentTypeName"], event["info"]["fieldName"] = "Merchant", "locations"
    event["arguments"] = {"page": 1, "size": 2}
    assert run("appSyncResolver", event) == {
        "items": [
            {"id": "1", "name": "Location 1", "address": "123 Main St"},
            {"id": "2", "name": "Location 2", "address": "456 Elm St"},
        ],
        "totalCount": 3,
        "nextToken": "2",
    }
    event["arguments"] = {"name": "location 3"}
    event["identity"] = None
    output = run("appSyncResolver", event)
    assert output == {
        "items": [{"id": "3", "name": "Location 3", "address": "789 Oak St"}],
        "totalCount": 1,
        "nextToken": None,
    }
    assert "Request is not from a Cognito-authenticated user" in capsys.readouterr().out


def test_appSyncResolver_tells_iam_callers_from_cognito_users(capsys: pytest.CaptureFixture[str]) -> None:
    event = event_named("appSyncIdentityIamEvent.json")
    event["info"]["parentTypeName"], event["info"]["fieldName"] = "Merchant", "locations"
    assert run("appSyncResolver", event)["totalCount"] == 3
    assert "Request is not from a Cognito-authenticated user" in capsys.readouterr().out


# --- authorizers ---------------------------------------------------------------------------------------


EMPTY_POLICY: dict[str, Any] = {
    "principalId": "",
    "policyDocument": {"Version": "2012-10-17", "Statement": []},
}


def allow_all(resource: str) -> dict[str, Any]:
    """The policy the authorizer examples return for an authorized caller."""
    return {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": [resource]}],
        },
        "context": {"user": "example"},
    }


def test_apigw_authorizer_token() -> None:
    event = event_named("apiGatewayAuthorizerTokenEvent.json")  # token "allow"
    output = valid(run("apigw_authorizer_token", event), APIGatewayAuthorizerResponseDict)
    assert output == allow_all("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/*/*")
    event["authorizationToken"] = "deny"
    assert valid(run("apigw_authorizer_token", event), APIGatewayAuthorizerResponseDict) == EMPTY_POLICY


def test_apigw_authorizer_request() -> None:
    event = event_named("apiGatewayAuthorizerRequestEvent.json")  # HeaderAuth1: headerValue1
    output = valid(run("apigw_authorizer_request", event), APIGatewayAuthorizerResponseDict)
    assert output == allow_all("arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/*/*")
    event["headers"] = {"headerauth1": "headerValue1"}  # any letter case, as Powertools' headers
    assert run("apigw_authorizer_request", event) == output
    event["headers"] = {"HeaderAuth1": "forged"}
    assert run("apigw_authorizer_request", event) == EMPTY_POLICY


def test_apigw_authorizer_request_websocket() -> None:
    event = event_named("apiGatewayAuthorizerWebSocketEvent.json")
    assert (
        valid(run("apigw_authorizer_request_websocket", event), APIGatewayAuthorizerResponseDict)
        == EMPTY_POLICY
    )
    event["headers"]["HeaderAuth1"] = "headerValue1"
    output = valid(run("apigw_authorizer_request_websocket", event), APIGatewayAuthorizerResponseDict)
    # Every route key of the stage, `$connect` (the route being authorized) included.
    assert output == allow_all("arn:aws:execute-api:us-east-1:533568316194:c5jwxq709g/production/*")
    assert event["methodArn"] == "arn:aws:execute-api:us-east-1:533568316194:c5jwxq709g/production/$connect"


def test_apigw_auth_v2() -> None:
    event = event_named("apiGatewayAuthorizerV2Event.json")  # Authorization: value
    output = valid(run("apigw_auth_v2", event), APIGatewayAuthorizerResponseV2Dict)
    assert output == {"isAuthorized": True, "context": {"name": "Foo"}}
    event["headers"] = {"authorization": "value"}
    assert run("apigw_auth_v2", event) == output
    for headers in ({"Authorization": "other"}, {}):
        event["headers"] = headers
        assert valid(run("apigw_auth_v2", event), APIGatewayAuthorizerResponseV2Dict) == {
            "isAuthorized": False
        }


def test_appSyncAuthorizer() -> None:
    event = event_named("appSyncAuthorizerEvent.json")
    output = valid(run("appSyncAuthorizer", event), AppSyncAuthorizerResponseDict)
    assert output == {
        "isAuthorized": True,
        "resolverContext": {"id": "u-7"},
        "deniedFields": ["Mutation.deleteEvent"],
    }
    event["authorizationToken"] = "unknown"
    assert valid(run("appSyncAuthorizer", event), AppSyncAuthorizerResponseDict) == {"isAuthorized": False}


def test_cognito_create_auth() -> None:
    event = event_named("cognitoCreateAuthChallengeEvent.json")  # PASSWORD_VERIFIER: nothing to set up
    assert run("cognito_create_auth", event, "handler") == event_named("cognitoCreateAuthChallengeEvent.json")
    event["request"]["challengeName"] = "CUSTOM_CHALLENGE"
    output = valid(run("cognito_create_auth", event, "handler"), CreateAuthChallengeTriggerEventDict)
    assert output is event
    assert output["response"] == {
        "publicChallengeParameters": {"captchaUrl": "url/123.jpg"},
        "privateChallengeParameters": {"answer": "5"},
        "challengeMetadata": "CAPTCHA_CHALLENGE",
    }


@pytest.mark.parametrize(
    ("session", "response"),
    [
        (
            [{"challengeName": "SRP_A", "challengeResult": True}],
            {"issueTokens": False, "failAuthentication": False, "challengeName": "PASSWORD_VERIFIER"},
        ),
        (
            [
                {"challengeName": "SRP_A", "challengeResult": True},
                {"challengeName": "PASSWORD_VERIFIER", "challengeResult": True},
            ],
            {"issueTokens": False, "failAuthentication": False, "challengeName": "CUSTOM_CHALLENGE"},
        ),
        (
            [
                {"challengeName": "SRP_A", "challengeResult": True},
                {"challengeName": "PASSWORD_VERIFIER", "challengeResult": True},
                {"challengeName": "CUSTOM_CHALLENGE", "challengeResult": True},
            ],
            {"issueTokens": True, "failAuthentication": False},
        ),
        (
            [
                {"challengeName": "SRP_A", "challengeResult": True},
                {"challengeName": "PASSWORD_VERIFIER", "challengeResult": False},
            ],
            {"issueTokens": False, "failAuthentication": True},
        ),
    ],
)
def test_cognito_define_auth(session: list[dict[str, Any]], response: dict[str, Any]) -> None:
    event = event_named("cognitoDefineAuthChallengeEvent.json")
    event["request"]["session"] = session
    output = valid(run("cognito_define_auth", event), DefineAuthChallengeTriggerEventDict)
    assert output["response"] == response


def test_cognito_verify_auth() -> None:
    event = event_named("cognitoVerifyAuthChallengeResponseEvent.json")
    output = valid(run("cognito_verify_auth", event), VerifyAuthChallengeResponseTriggerEventDict)
    assert output["response"] == {"answerCorrect": True}
    event["request"]["challengeAnswer"] = "wrong"
    assert run("cognito_verify_auth", event)["response"] == {"answerCorrect": False}


def test_cognito_post_confirmation() -> None:
    output = run("cognito_post_confirmation", event_named("cognitoPostConfirmationEvent.json"))
    assert output == {
        "statusCode": 200,
        "body": "User attributes: {'email': 'user@example.com', 'email_verified': True}",
    }


# --- messaging and streams ----------------------------------------------------------------------------


def test_sqs_event() -> None:
    output = run("sqs_event", event_named("sqsEvent.json"))
    assert output == {"message": '{"message": "foo1"}', "message_id": "2e1424d4-f796-459a-8184-9c92662be6da"}


def test_sns_event() -> None:
    assert run("sns_event", event_named("snsEvent.json")) == {
        "message": "Hello from SNS!",
        "subject": "TestInvoke",
    }
    assert run("sns_event", event_named("snsEventNoSubject.json"))["subject"] is None


def test_s3Event() -> None:
    assert run("s3Event", event_named("s3Event.json")) == {
        "bucket": "lambda-artifacts-deafc19498e3f2df",
        "object_key": "b21b84d653bb07b05b1e6b33684dc11b",
        "object_etag": "b21b84d653bb07b05b1e6b33684dc11b",
    }
    event = event_named("s3Event.json")
    event["Records"][0]["s3"]["object"]["key"] = "reports/June+2024%2C+final.pdf"
    assert run("s3Event", event)["object_key"] == "reports/June 2024, final.pdf"


def test_s3_event_bridge(capsys: pytest.CaptureFixture[str]) -> None:
    output = run("s3_event_bridge", event_named("s3EventBridgeNotificationObjectCreatedEvent.json"))
    assert output == {"bucket": "example-bucket", "file_key": "IMG_m7fzo3.jpg"}
    assert capsys.readouterr().out == "Object IMG_m7fzo3.jpg created in bucket example-bucket\n"
    run("s3_event_bridge", event_named("s3EventBridgeNotificationObjectDeletedEvent.json"))
    assert capsys.readouterr().out == ""


def test_ses_event() -> None:
    event = event_named("sesEvent.json")
    output = run("ses_event", event)
    assert output == {
        "mail": event["Records"][0]["ses"]["mail"],
        "common_headers": event["Records"][0]["ses"]["mail"]["commonHeaders"],
    }
    assert output["common_headers"]["subject"] == "Test Subject"
    json.dumps(output)  # what the Lambda runtime does with it


def test_eventBridgeEvent() -> None:
    output = run("eventBridgeEvent", event_named("eventBridgeEvent.json"))
    assert output == {"detail_type": "EC2 Instance State-change Notification", "state": "terminated"}


def test_active_mq_example(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        output = run("active_mq_example", event_named("activeMQEvent.json"))
    assert output == {"statusCode": 200, "body": '"Processing complete"'}
    message_id = (
        "ID:b-9bcfa592-423a-4942-879d-eb284b418fc8-1.mq.us-west-2.amazonaws.com-37557-1234520418293-4:1:1:1:1"
    )
    assert caplog.messages == [f"Message ID: {message_id} and physical name: testQueue"] * 3


def test_rabbit_mq_example(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        output = run("rabbit_mq_example", event_named("rabbitMQEvent.json"))
    assert output == {"queue_name": "pizzaQueue::/", "message_id": None}
    assert (
        caplog.messages[-1]
        == "Process json in base64 encoded data str {'timeout': 0, 'data': 'CZrmf0Gw8Ov4bqLQxD4E'}"
    )


def test_kafka_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("kafka_event", event_named("kafkaEventMsk.json")) == "success"
    assert capsys.readouterr().out == "key: mytopic, value: eyJrZXkiOiJ2YWx1ZSJ9\n"
    run("kafka_event", event_named("kafkaEventMskTombstones.json"))
    assert "value: None" in capsys.readouterr().out


def test_kinesis_streams(caplog: pytest.LogCaptureFixture) -> None:
    event = kinesis_event(data=[{"order": 7}, b"plain text"])
    with caplog.at_level(logging.INFO):
        output = run("kinesis_streams", event)
    assert output == {"statusCode": 200, "body": "Processed all records successfully"}
    assert caplog.messages == [
        "Received JSON data from Kinesis",
        "Processing JSON data: {'order': 7}",
        "Received text data from Kinesis",
        "Processing text data: plain text",
    ]


def test_kinesisStreamCloudWatchLogs() -> None:
    assert (
        run("kinesisStreamCloudWatchLogs", event_named("kinesisStreamCloudWatchLogsEvent.json")) == "success"
    )
    control = kinesis_event(data=[cloudwatch_logs_gzip(message_type="CONTROL_MESSAGE")])
    assert run("kinesisStreamCloudWatchLogs", control) == "nothing to be processed"


def cloudwatch_logs_gzip(message_type: str) -> bytes:
    """The gzipped document CloudWatch Logs puts in a Kinesis record."""
    data = cloudwatch_logs_event(messages=["hello"])["awslogs"]["data"]
    document = json.loads(gzip.decompress(base64.b64decode(data)))
    document["messageType"] = message_type
    return gzip.compress(json.dumps(document).encode())


def test_kinesis_batch_example(caplog: pytest.LogCaptureFixture) -> None:
    event = event_named("kinesisStreamCloudWatchLogsEvent.json")
    with caplog.at_level(logging.INFO):
        output = valid(run("kinesis_batch_example", event), KinesisStreamBatchResponseDict)
    assert output == {"batchItemFailures": []}
    assert caplog.messages == ["Message type: DATA_MESSAGE", "Message type: DATA_MESSAGE"]
    broken = kinesis_event(data=[b"not gzip"])
    output = valid(run("kinesis_batch_example", broken), KinesisStreamBatchResponseDict)
    assert output == {
        "batchItemFailures": [{"itemIdentifier": broken["Records"][0]["kinesis"]["sequenceNumber"]}]
    }


def test_cloudwatch_logs(caplog: pytest.LogCaptureFixture) -> None:
    event = cloudwatch_logs_event(messages=["first", "second"], log_group="/aws/lambda/orders")
    with caplog.at_level(logging.INFO):
        output = run("cloudwatch_logs", event)
    assert output == {"statusCode": 200, "body": "Processed 2 log events"}
    assert caplog.messages[0] == "Log group: /aws/lambda/orders"
    assert [message.rsplit(", Message: ", 1)[1] for message in caplog.messages[2:]] == ["first", "second"]


def test_dynamodb_multiple_records() -> None:
    output = run("dynamodb_multiple_records", event_named("dynamoStreamEvent.json"))
    assert output == {"statusCode": 200, "body": f"Processed keys: {[Decimal('101'), Decimal('101')]}"}


def test_dynamodb_stream() -> None:
    assert run("dynamodb_stream", event_named("dynamoStreamEvent.json")) == "success"


# --- Firehose ----------------------------------------------------------------------------------------------


def firehose_data(output: Any) -> list[tuple[str, str, Any]]:
    """Each answered record's id, result and decoded JSON data."""
    return [
        (record["recordId"], record["result"], json.loads(base64.b64decode(record["data"])))
        for record in output["records"]
    ]


def firehose_event_with_text() -> dict[str, Any]:
    """Firehose's put event, its first record plain text and its second JSON."""
    return event_named("kinesisFirehosePutEvent.json")  # "Hello World", {"Hello": "World"}


def test_kinesis_firehose_delivery_stream() -> None:
    event = firehose_event_with_text()
    event["records"] = event["records"][1:]
    output = valid(run("kinesis_firehose_delivery_stream", event), KinesisFirehoseTransformationResponseDict)
    assert firehose_data(output) == [("record2", "Ok", {"Hello": "World"})]
    json.dumps(output)


def test_kinesis_firehose_delivery_stream_failed() -> None:
    output = valid(
        run("kinesis_firehose_delivery_stream_failed", firehose_event_with_text()),
        KinesisFirehoseTransformationResponseDict,
    )
    new_data = "transformed data using Powertools"
    assert firehose_data(output) == [
        ("record1", "ProcessingFailed", {"new_data": new_data, "original_payload": "Hello World"}),
        ("record2", "ProcessingFailed", {"new_data": new_data, "original_payload": '{"Hello": "World"}'}),
    ]


def test_kinesis_firehose_response() -> None:
    output = valid(
        run("kinesis_firehose_response", firehose_event_with_text()),
        KinesisFirehoseTransformationResponseDict,
    )
    assert firehose_data(output) == [
        ("record1", "Ok", {"tool_used": "powertools_dataclass", "original_payload": "Hello World"}),
        ("record2", "Ok", {"tool_used": "powertools_dataclass", "original_payload": '{"Hello": "World"}'}),
    ]


def test_kinesis_firehose_response_drop() -> None:
    event = firehose_event_with_text()
    output = valid(run("kinesis_firehose_response_drop", event), KinesisFirehoseTransformationResponseDict)
    dropped, transformed = output["records"]
    assert dropped == {"recordId": "record1", "result": "Dropped", "data": event["records"][0]["data"]}
    assert firehose_data({"records": [transformed]}) == [
        ("record2", "Ok", {"tool_used": "powertools_dataclass", "original_payload": {"Hello": "World"}})
    ]


def test_kinesis_firehose_response_exception() -> None:
    event = firehose_event_with_text()
    event["records"][0]["data"] = base64.b64encode(b"\xff\xfe not UTF-8").decode()
    output = valid(
        run("kinesis_firehose_response_exception", event), KinesisFirehoseTransformationResponseDict
    )
    failed, transformed = output["records"]
    assert failed == {
        "recordId": "record1",
        "result": "ProcessingFailed",
        "data": event["records"][0]["data"],
    }
    assert firehose_data({"records": [transformed]}) == [
        ("record2", "Ok", {"tool_used": "powertools_dataclass", "original_payload": '{"Hello": "World"}'})
    ]
    assert base64_from_str("Hello World") == event_named("kinesisFirehosePutEvent.json")["records"][0]["data"]


# --- operations ------------------------------------------------------------------------------------------


def test_aws_config_rule(caplog: pytest.LogCaptureFixture) -> None:
    event = event_named("awsConfigRuleConfigurationChanged.json")
    with caplog.at_level(logging.INFO):
        assert run("aws_config_rule", event) == {"Success": "OK"}
    [record] = caplog.records
    assert record.getMessage() == "Logging ConfigurationItemChangeNotification event rule"
    assert getattr(record, "invoke_event") == event["invokingEvent"]
    with caplog.at_level(logging.INFO):
        run("aws_config_rule", event_named("awsConfigRuleScheduled.json"))
    assert caplog.messages[-1] == "Logging ScheduledNotification event rule"


@pytest.mark.parametrize("stem", ["bedrock_agent", "bedrock_agent_event"])
def test_bedrock_agent(stem: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        output = run(stem, event_named("bedrockAgentEvent.json"))
    assert output == {
        "message_version": "1.0",
        "responses": [
            {
                "action_group": "ClaimManagementActionGroup",
                "api_path": "/claims",
                "http_method": "GET",
                "http_status_code": 200,
                "response_body": {"application/json": {"body": "This is the response"}},
            }
        ],
    }
    [record] = caplog.records
    assert record.getMessage() == "Bedrock Agent ClaimManagementActionGroup invoked with input"
    assert getattr(record, "input_text") == "I want to claim my insurance"


def test_bedrock_agent_event() -> None:
    output = run("bedrock_agent_event", event_named("bedrockAgentPostEvent.json"))
    assert output["responses"][0]["http_method"] == "POST"


def test_cloudWatchDashboard() -> None:
    output = run("cloudWatchDashboard", event_named("cloudWatchDashboardEvent.json"))
    assert output["title"] == "Custom Widget widget-16"
    assert [line.strip() for line in output["markdown"].strip().splitlines()] == [
        "Dashboard: Name-of-current-dashboard",
        "Time Range: 1627236199729 to 1627322599729",
        "Theme: light",
    ]


@pytest.mark.parametrize(
    ("name", "physical_id"),
    [
        ("cloudformationCustomResourceCreate.json", "xxxx-xxxxxxxxx"),
        ("cloudformationCustomResourceUpdate.json", "xxxxxxxxx"),
        ("cloudformationCustomResourceDelete.json", "xxxxxxxxx"),
    ],
)
def test_cloudformation_custom_resource_handler(
    name: str, physical_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    event = event_named(name)
    with caplog.at_level(logging.INFO):
        assert run("cloudformation_custom_resource_handler", event) == {"PhysicalResourceId": physical_id}
    request_type = event["RequestType"]
    expected = {
        "Create": "Create new resource with props",
        "Update": "Update resource xxxxxxxxx with props",
        "Delete": "Delete resource xxxxxxxxx.",
    }
    assert caplog.messages[0].startswith(expected[request_type])


def test_cloudwatch_alarm_event(caplog: pytest.LogCaptureFixture) -> None:
    event = event_named("cloudWatchAlarmEventSingleMetric.json")
    with caplog.at_level(logging.INFO):
        output = run("cloudwatch_alarm_event", event)
    assert caplog.messages == ["Alarm Test alert state is ALARM"]
    assert output == {
        "name": "Test alert",
        "arn": "arn:aws:cloudwatch:eu-west-1:912397435824:alarm:test_alarm",
        "urgent": False,
    }
    event["alarmData"]["configuration"]["description"] = "Priority: P1 - the checkout is down"
    assert run("cloudwatch_alarm_event", event)["urgent"] is True
    assert (
        run("cloudwatch_alarm_event", event_named("cloudWatchAlarmEventCompositeMetric.json"))["urgent"]
        is False
    )


def test_code_pipeline_job() -> None:
    output = run("code_pipeline_job", event_named("codePipelineEvent.json"))
    bucket = "the name of the bucket configured as the pipeline artifact store in Amazon S3, for example codepipeline-us-east-2-1234567890"
    assert output == {
        "statusCode": 200,
        "body": f"Processed job 11111111-abcd-1111-abcd-111111abcdef from bucket {bucket}",
    }


def test_debugging(capsys: pytest.CaptureFixture[str]) -> None:
    event = event_named("codePipelineEvent.json")
    assert run("debugging", event) is None
    assert capsys.readouterr().out == f"{event}\n"


def test_codedeploy_lifecycle_hook() -> None:
    output = run("codedeploy_lifecycle_hook", event_named("codeDeployLifecycleHookEvent.json"))
    assert output == {
        "deployment_id": "d-ABCDEF",
        "lifecycle_event_hook_execution_id": "xxxxxxxxxxxxxxxxxxxxxxxx",
    }


def test_connect_contact_flow() -> None:
    assert run("connect_contact_flow", event_named("connectContactFlowEventAll.json")) is None
    event = event_named("connectContactFlowEventAll.json")
    event["Details"]["ContactData"]["CustomerEndpoint"] = None
    with pytest.raises(AssertionError):
        run("connect_contact_flow", event)


@pytest.mark.parametrize(
    ("stem", "name", "event_type"),
    [
        (
            "iot_registry_add_or_delete_from_thing_group_event",
            "iotRegistryEventsAddOrDeleteFromThingGroupEvent.json",
            "THING_GROUP_HIERARCHY_EVENT",
        ),
        (
            "iot_registry_add_or_remove_from_thing_group_event",
            "iotRegistryEventsAddOrRemoveFromThingGroupEvent.json",
            "THING_GROUP_MEMBERSHIP_EVENT",
        ),
        ("iot_registry_thing_event", "iotRegistryEventsThingEvent.json", "THING_EVENT"),
        ("iot_registry_thing_group_event", "iotRegistryEventsThingGroupEvent.json", "THING_GROUP_EVENT"),
        (
            "iot_registry_thing_type_association_event",
            "iotRegistryEventsThingTypeAssociationEvent.json",
            "THING_TYPE_ASSOCIATION_EVENT",
        ),
        ("iot_registry_thing_type_event", "iotRegistryEventsThingTypeEvent.json", "THING_TYPE_EVENT"),
    ],
)
def test_iot_registry(stem: str, name: str, event_type: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(stem, event_named(name)) is None
    assert capsys.readouterr().out == f"Received IoT Core event type {event_type}\n"


# --- the examples that call AWS, with the SDK replaced by stand-ins ---------------------------------------


class FakeBoto3:
    """Stands in for the `boto3` module: `client()` returns the given client and records its arguments."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.calls: list[tuple[Any, ...]] = []

    def client(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((args, kwargs))
        return self._client


class FakeS3:
    """Stands in for an S3 client: records `copy_object` calls, raising `error` when given one."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.copies: list[dict[str, Any]] = []

    def copy_object(self, **kwargs: Any) -> None:
        if self.error is not None:
            raise self.error
        self.copies.append(kwargs)


def s3_error(code: str, message: str) -> Exception:
    """The error botocore raises for an S3 error answer."""
    error: Exception = ClientError({"Error": {"Code": code, "Message": message}}, "CopyObject")
    return error


@pytest.mark.parametrize(
    ("name", "version"),
    [("s3BatchOperationEventSchemaV1.json", "1.0"), ("s3BatchOperationEventSchemaV2.json", "2.0")],
)
@pytest.mark.parametrize(
    ("error", "code", "message"),
    [
        (None, "Succeeded", "s3://powertools-dataset-copies/prefix/dataset/dataset 20231222.json.gz"),
        (
            s3_error("RequestTimeout", "slow"),
            "TemporaryFailure",
            "Retry request to Amazon S3 due to timeout.",
        ),
        (s3_error("AccessDenied", "Access Denied"), "PermanentFailure", "AccessDenied: Access Denied"),
        (RuntimeError("disk full"), "PermanentFailure", "disk full"),
    ],
)
def test_s3_batch_operation(
    name: str, version: str, error: Exception | None, code: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s3 = FakeS3(error)
    boto3 = FakeBoto3(s3)
    monkeypatch.setattr(mirror("s3_batch_operation"), "boto3", boto3)
    event = event_named(name)
    event["tasks"][0]["s3Key"] = "prefix/dataset/dataset+20231222.json.gz"
    output = valid(run("s3_batch_operation", event), S3BatchOperationResponseDict)
    assert output == {
        "invocationSchemaVersion": version,
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo",
        "results": [{"taskId": "dGFza2lkZ29lc2hlcmUK", "resultCode": code, "resultString": message}],
    }
    assert boto3.calls == [(("s3",), {"region_name": "us-east-1"})]
    if error is None:
        key = "prefix/dataset/dataset 20231222.json.gz"
        copy_source = {"Bucket": "powertools-dataset", "Key": key}
        assert s3.copies == [{"Bucket": "powertools-dataset-copies", "Key": key, "CopySource": copy_source}]


class FakeSecretsManager:
    """Stands in for a Secrets Manager client."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def get_secret_value(self, **kwargs: Any) -> dict[str, Any]:
        self.requests.append(kwargs)
        return {"ARN": kwargs["SecretId"], "SecretString": '{"password": "pending"}'}


def test_secrets_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    client = FakeSecretsManager()
    monkeypatch.setattr(mirror("secrets_manager"), "boto3", FakeBoto3(client))
    assert run("secrets_manager", event_named("secretsManagerEvent.json")) == '{"password": "pending"}'
    assert client.requests == [
        {
            "SecretId": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret-a1b2c3",
            "VersionId": "550e8400-e29b-41d4-a716-446655440000",
            "VersionStage": "AWSCURRENT",
        }
    ]


class FakeResponse:
    """Stands in for what `urlopen` returns."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def read(self) -> bytes:
        return self.body


class FakeObjectLambdaS3:
    """Stands in for the S3 client: records `write_get_object_response` calls."""

    def __init__(self) -> None:
        self.responses: list[dict[str, Any]] = []

    def write_get_object_response(self, **kwargs: Any) -> None:
        self.responses.append(kwargs)


def test_s3_object_lambda(monkeypatch: pytest.MonkeyPatch) -> None:
    module = mirror("s3_object_lambda")
    fetched: list[str] = []

    def urlopen(url: str) -> FakeResponse:
        fetched.append(url)
        return FakeResponse("café au lait".encode())

    s3 = FakeObjectLambdaS3()
    monkeypatch.setattr(module, "urlopen", urlopen)
    monkeypatch.setattr(module, "s3", s3)
    event = event_named("s3ObjectEventIAMUser.json")
    assert run("s3_object_lambda", event) == {"status_code": 200}
    assert fetched == [event["getObjectContext"]["inputS3Url"]]
    assert s3.responses == [{"Body": "CAFÉ AU LAIT", "RequestRoute": "io-iad-cell001", "RequestToken": "..."}]


if __name__ == "__main__":
    GUIDE.write_text(guide_with_table(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)
