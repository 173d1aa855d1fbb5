"""The handlers of `examples/`, run against fixtures; each output is checked strictly against its type."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from examples import (
    appsync_authorizer,
    firehose_transformation,
    http_api_authorizer,
    rest_api_authorizer,
    s3_batch_operation,
)
from lambda_events import (
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    AppSyncAuthorizerResponseDict,
    KinesisFirehoseTransformationResponseDict,
    S3BatchOperationResponseDict,
    base64_from_str,
    find_event_problems,
)
from tests.fixture_catalog import event_named


def run(handler: Any, event: dict[str, Any], response_type: object) -> Any:
    """The handler's output for `event`, after checking it matches `response_type` exactly."""
    output = handler(event, None)
    assert find_event_problems(output, response_type) == []
    return output


# --- REST API authorizer -------------------------------------------------------------------------------

REST_EVENT = "apiGatewayAuthorizerRequestEvent.json"
REST_ARN = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test"


def rest_event_with(authorization: str) -> dict[str, Any]:
    event = event_named(REST_EVENT)
    event["headers"]["authorization"] = authorization
    return event


def test_rest_api_authorizer_denies_a_request_without_a_known_token() -> None:
    for event in (event_named(REST_EVENT), rest_event_with("Bearer forged")):
        output = run(rest_api_authorizer.handler, event, APIGatewayAuthorizerResponseDict)
        assert output["policyDocument"]["Statement"] == [
            {"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": ["*"]}
        ]


def test_rest_api_authorizer_allows_an_administrator_every_route() -> None:
    output = run(rest_api_authorizer.handler, rest_event_with("Bearer 4f9c2e51"), APIGatewayAuthorizerResponseDict)
    assert output == {
        "principalId": "u-1001",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": [f"{REST_ARN}/*/*"]}],
        },
        "context": {"name": "Ada", "admin": True},
    }


def test_rest_api_authorizer_allows_a_user_only_the_profile() -> None:
    output = run(rest_api_authorizer.handler, rest_event_with("Bearer 7d31b0a8"), APIGatewayAuthorizerResponseDict)
    assert output["principalId"] == "u-1002"
    assert output["policyDocument"]["Statement"] == [
        {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": [f"{REST_ARN}/GET/user-profile"]}
    ]
    assert output.get("context") == {"name": "Bob", "admin": False}


# --- HTTP API authorizer -------------------------------------------------------------------------------


def test_http_api_authorizer_lets_a_known_token_through_with_its_account() -> None:
    output = run(http_api_authorizer.handler, event_named("apiGatewayAuthorizerV2Event.json"), APIGatewayAuthorizerResponseV2Dict)
    assert output == {"isAuthorized": True, "context": {"account": "acct-7", "plan": "gold", "roles": ["reader", "writer"]}}


@pytest.mark.parametrize("identity", [["someone-else"], [], None])
def test_http_api_authorizer_refuses_other_tokens(identity: list[str] | None) -> None:
    event = event_named("apiGatewayAuthorizerV2Event.json")
    event["identitySource"] = identity
    output = run(http_api_authorizer.handler, event, APIGatewayAuthorizerResponseV2Dict)
    assert output == {"isAuthorized": False}


# --- AppSync authorizer ------------------------------------------------------------------------------


def test_appsync_authorizer_denies_event_creation_to_a_member() -> None:
    output = run(appsync_authorizer.handler, event_named("appSyncAuthorizerEvent.json"), AppSyncAuthorizerResponseDict)
    assert output == {
        "isAuthorized": True,
        "ttlOverride": 300,
        "resolverContext": {"memberId": "m-17", "name": "Foo Man"},
        "deniedFields": ["Mutation.createEvent"],
    }


def test_appsync_authorizer_denies_nothing_to_an_administrator() -> None:
    event = event_named("appSyncAuthorizerEvent.json")
    event["authorizationToken"] = "0A3F6C21-9B7E-4D2C-8E51-3C9A7B2D1E40"
    output = run(appsync_authorizer.handler, event, AppSyncAuthorizerResponseDict)
    assert output == {"isAuthorized": True, "ttlOverride": 300, "resolverContext": {"memberId": "m-1", "name": "Root"}}


def test_appsync_authorizer_refuses_an_unknown_token_without_caching_it() -> None:
    event = event_named("appSyncAuthorizerEvent.json")
    event["authorizationToken"] = "expired"
    assert run(appsync_authorizer.handler, event, AppSyncAuthorizerResponseDict) == {
        "isAuthorized": False,
        "ttlOverride": 0,
    }


# --- Firehose transformation ------------------------------------------------------------------------


def test_firehose_transformation_fails_non_json_drops_empty_and_stamps_the_rest() -> None:
    event = event_named("kinesisFirehosePutEvent.json")
    event["records"].append(
        {"recordId": "record3", "approximateArrivalTimestamp": 1664029187001, "data": base64_from_str("{}")}
    )
    output = run(firehose_transformation.handler, event, KinesisFirehoseTransformationResponseDict)
    failed, transformed, dropped = output["records"]
    assert failed == {"recordId": "record1", "result": "ProcessingFailed", "data": "SGVsbG8gV29ybGQ="}
    assert dropped == {"recordId": "record3", "result": "Dropped", "data": ""}
    assert transformed["recordId"] == "record2"
    assert transformed["result"] == "Ok"
    line = base64.b64decode(transformed["data"]).decode()
    assert line.endswith("\n")
    assert json.loads(line) == {"arrivedAt": 1664029186945, "document": {"Hello": "World"}}


def test_firehose_transformation_of_records_read_from_a_kinesis_stream() -> None:
    event = event_named("kinesisFirehoseKinesisEvent.json")
    blank = {**event["records"][0], "recordId": "record3", "data": base64_from_str("  ")}
    event["records"].append(blank)
    output = run(firehose_transformation.handler, event, KinesisFirehoseTransformationResponseDict)
    failed, transformed, blank_failed = output["records"]
    assert failed == {"recordId": "record1", "result": "ProcessingFailed", "data": event["records"][0]["data"]}
    assert blank_failed == {"recordId": "record3", "result": "ProcessingFailed", "data": blank["data"]}  # not JSON
    assert (transformed["recordId"], transformed["result"]) == ("record2", "Ok")
    document = {"arrivedAt": 1664028793294, "document": {"Hello": "World"}}
    assert json.loads(base64.b64decode(transformed["data"])) == document


def test_firehose_transformation_of_messages_from_sqs() -> None:
    event = event_named("kinesisFirehoseSQSEvent.json")
    output = run(firehose_transformation.handler, event, KinesisFirehoseTransformationResponseDict)
    [record] = output["records"]
    assert record["result"] == "Ok"
    assert json.loads(base64.b64decode(record["data"]))["document"]["body"] == "Test message."


# --- S3 Batch Operations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected_bucket", "version"),
    [
        ("s3BatchOperationEventSchemaV1.json", "powertools-dataset", "1.0"),
        ("s3BatchOperationEventSchemaV2.json", "powertools-dataset", "2.0"),
    ],
)
def test_s3_batch_operation_archives_a_dataset(name: str, expected_bucket: str, version: str) -> None:
    output = run(s3_batch_operation.handler, event_named(name), S3BatchOperationResponseDict)
    assert output == {
        "invocationSchemaVersion": version,
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo",
        "results": [
            {
                "taskId": "dGFza2lkZ29lc2hlcmUK",
                "resultCode": "Succeeded",
                "resultString": f"s3://{expected_bucket}/archive/prefix/dataset/dataset.20231222.json.gz",
            }
        ],
    }


@pytest.mark.parametrize(
    ("name", "version"),
    [("s3BatchOperationEventSchemaV1.json", "1.0"), ("s3BatchOperationEventSchemaV2.json", "2.0")],
)
@pytest.mark.parametrize(
    ("key", "code", "message"),
    [
        ("uploads/day+1.json.gz.part", "TemporaryFailure", "retry later: uploads/day 1.json.gz.part is still being uploaded"),
        ("tmp/scratch.json.gz", "PermanentFailure", "refused: tmp/scratch.json.gz is a temporary object"),
        ("images/cat%2B1.png", "PermanentFailure", "ValueError: images/cat+1.png is not a compressed JSON dataset"),
        ("notes%2Ftodo+list.txt", "PermanentFailure", "ValueError: notes/todo list.txt is not a compressed JSON dataset"),
    ],
)
def test_s3_batch_operation_reports_each_kind_of_failure(
    name: str, version: str, key: str, code: str, message: str
) -> None:
    event = event_named(name)
    event["tasks"][0]["s3Key"] = key
    output = run(s3_batch_operation.handler, event, S3BatchOperationResponseDict)
    assert output["invocationSchemaVersion"] == version
    assert output["results"] == [{"taskId": "dGFza2lkZ29lc2hlcmUK", "resultCode": code, "resultString": message}]
