"""Decoders of JSON carried in strings: SQS bodies, SNS messages and the fan-out envelopes between them and S3;
S3 object keys; AWS Config rule events; CodePipeline user parameters."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import unquote_plus

import pytest

from lambda_events import (
    AWSConfigInvokingEventDict,
    EventDecodeError,
    S3EventDict,
    SNSNotificationDict,
    decode_codepipeline_user_parameters,
    decode_config_invoking_event,
    decode_config_rule_parameters,
    decode_sns_json,
    decode_sns_s3_event,
    decode_sqs_json,
    decode_sqs_s3_event,
    decode_sqs_sns_message,
    decode_sqs_sns_s3_event,
    find_event_problems,
    s3_object_key,
)
from tests.fixture_catalog import events_of, fixture_named, items_of

SQS_RECORDS = items_of("Records", "SQSEventDict")
SNS_RECORDS = items_of("Records", "SNSEventDict")
S3_RECORDS = items_of("Records", "S3EventDict")
S3_TEST_EVENT = fixture_named("s3TestEvent.json").event()


def sqs_record(body: str) -> dict[str, Any]:
    record: dict[str, Any] = copy.deepcopy(SQS_RECORDS[0])
    record["body"] = body
    return record


def sns_record(message: str) -> dict[str, Any]:
    record: dict[str, Any] = copy.deepcopy(SNS_RECORDS[0])
    record["Sns"]["Message"] = message
    return record


def loads_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def object_or_empty(text: str) -> dict[str, Any]:
    """The JSON object in `text`, or `{}` when it is not JSON or not an object."""
    document = loads_or_none(text)
    return cast("dict[str, Any]", document) if isinstance(document, dict) else {}


# --- SQS ----------------------------------------------------------------------------------------------


def test_sqs_json_matches_json_loads_on_every_fixture() -> None:
    decoded = 0
    for record in SQS_RECORDS:
        expected = loads_or_none(record["body"])
        if expected is None:
            with pytest.raises(EventDecodeError, match="^body: invalid JSON"):
                decode_sqs_json(record)
        else:
            decoded += 1
            assert decode_sqs_json(record) == expected
    assert decoded > 0


def is_sns_notification(document: dict[str, Any]) -> bool:
    return document.get("Type") == "Notification"


def is_s3_event(document: dict[str, Any]) -> bool:
    return "Records" in document


@pytest.mark.parametrize(
    ("decode", "carries_one", "document_type", "at_least"),
    [
        (decode_sqs_sns_message, is_sns_notification, SNSNotificationDict, 2),  # standard and FIFO topics
        (decode_sqs_s3_event, is_s3_event, S3EventDict, 1),
    ],
    ids=["sns_message", "s3_event"],
)
def test_sqs_envelope_decoders_on_every_fixture_that_carries_one(
    decode: Callable[[Any], object], carries_one: Callable[[dict[str, Any]], bool], document_type: object, at_least: int
) -> None:
    found = 0
    for record in SQS_RECORDS:
        document = object_or_empty(record["body"])
        if carries_one(document):
            found += 1
            decoded = decode(record)
            assert decoded == document
            assert find_event_problems(decoded, document_type) == []
        else:
            with pytest.raises(EventDecodeError, match="^body: "):
                decode(record)
    assert found >= at_least


def test_s3_test_event_is_none_never_an_empty_event() -> None:
    record = sqs_record(json.dumps(S3_TEST_EVENT))
    assert decode_sqs_s3_event(record) is None
    assert decode_sns_s3_event(sns_record(json.dumps(S3_TEST_EVENT))) is None


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[1, 2]", "expected a JSON object, got list"),
        ('{"Records": "x"}', "not an S3 event notification"),
        ('{"Event": "s3:ObjectCreated:Put"}', "not an S3 event notification"),
        ("{", "invalid JSON"),
    ],
)
def test_sqs_s3_event_rejects_other_documents(body: str, problem: str) -> None:
    with pytest.raises(EventDecodeError, match=f"^body: {problem}"):
        decode_sqs_s3_event(sqs_record(body))


def notification(**changes: Any) -> dict[str, Any]:
    record = next(r for r in SQS_RECORDS if '"Notification"' in r["body"])
    document: dict[str, Any] = json.loads(record["body"])
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (notification(Type="SubscriptionConfirmation"), "Type is 'SubscriptionConfirmation', not 'Notification'"),
        ({"Message": "x"}, "Type is missing"),
        (notification(TopicArn=None), "TopicArn is None, not a string"),
        ({k: v for k, v in notification().items() if k != "Message"}, "Message is missing"),
    ],
)
def test_sqs_sns_message_checks_it_is_a_notification(document: dict[str, Any], problem: str) -> None:
    with pytest.raises(EventDecodeError, match=f"^body: not an SNS notification: {problem}$"):
        decode_sqs_sns_message(sqs_record(json.dumps(document)))


def test_sqs_sns_s3_event_unwraps_three_layers() -> None:
    s3_event = events_of("S3EventDict")[0]
    body = json.dumps(notification(Message=json.dumps(s3_event)))
    assert decode_sqs_sns_s3_event(sqs_record(body)) == s3_event
    test_body = json.dumps(notification(Message=json.dumps(S3_TEST_EVENT)))
    assert decode_sqs_sns_s3_event(sqs_record(test_body)) is None
    bad_body = json.dumps(notification(Message="{}"))
    with pytest.raises(EventDecodeError, match=r"^body\.Message: not an S3 event notification"):
        decode_sqs_sns_s3_event(sqs_record(bad_body))
    with pytest.raises(EventDecodeError, match=r"^body: not an SNS notification"):
        decode_sqs_sns_s3_event(sqs_record(json.dumps(s3_event)))


def test_sqs_body_errors() -> None:
    with pytest.raises(EventDecodeError, match="^body: missing$") as caught:
        decode_sqs_json({"messageId": "1"})
    assert isinstance(caught.value.__cause__, KeyError)
    with pytest.raises(EventDecodeError, match="^body: expected str, got int$"):
        decode_sqs_json({"body": 5})


# --- SNS ----------------------------------------------------------------------------------------------


def test_sns_json_matches_json_loads_on_every_fixture() -> None:
    for record in SNS_RECORDS:
        expected = loads_or_none(record["Sns"]["Message"])
        if expected is None:
            with pytest.raises(EventDecodeError, match=r"^Sns\.Message: invalid JSON"):
                decode_sns_json(record)
        else:
            assert decode_sns_json(record) == expected


def test_sns_s3_event() -> None:
    s3_event = events_of("S3EventDict")[0]
    assert decode_sns_s3_event(sns_record(json.dumps(s3_event))) == s3_event
    with pytest.raises(EventDecodeError, match=r"^Sns\.Message: not an S3 event notification"):
        decode_sns_s3_event(sns_record('{"hello": "world"}'))
    with pytest.raises(EventDecodeError, match=r"^Sns: missing$"):
        decode_sns_s3_event({"EventSource": "aws:sns"})


# --- S3 keys ------------------------------------------------------------------------------------------


def test_s3_object_key_matches_unquote_plus_on_every_fixture() -> None:
    for record in S3_RECORDS:
        assert s3_object_key(record) == unquote_plus(record["s3"]["object"]["key"])


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("a+b", "a b"),
        ("a%2Bb", "a+b"),
        ("caf%C3%A9%20menu.pdf", "café menu.pdf"),
        ("100%", "100%"),
        ("plain/key.txt", "plain/key.txt"),
    ],
)
def test_s3_object_key_decodes_the_way_s3_encodes(key: str, expected: str) -> None:
    assert s3_object_key({"s3": {"object": {"key": key}}}) == expected


def test_s3_object_key_errors() -> None:
    with pytest.raises(EventDecodeError, match=r"^s3\.object\.key: invalid UTF-8") as caught:
        s3_object_key({"s3": {"object": {"key": "%FF"}}})
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)
    with pytest.raises(EventDecodeError, match=r"^s3\.object: missing$"):
        s3_object_key({"s3": {"bucket": {}}})


# --- AWS Config ---------------------------------------------------------------------------------------


def test_config_decoders_on_every_fixture() -> None:
    for event in events_of("AWSConfigRuleEventDict"):
        invoking = decode_config_invoking_event(event)
        assert invoking == json.loads(event["invokingEvent"])
        assert find_event_problems(invoking, AWSConfigInvokingEventDict) == []
        expected: dict[str, Any] = json.loads(event["ruleParameters"]) if event.get("ruleParameters") else {}
        assert decode_config_rule_parameters(event) == expected


@pytest.mark.parametrize("parameters", [None, ""])
def test_config_rule_without_parameters_gives_an_empty_dict(parameters: str | None) -> None:
    assert decode_config_rule_parameters({"ruleParameters": parameters}) == {}
    assert decode_config_rule_parameters({}) == {}


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"invokingEvent": "[]"}, "^invokingEvent: expected a JSON object, got list$"),
        ({"invokingEvent": "{}"}, "^invokingEvent: not an AWS Config invoking event"),
        ({"invokingEvent": "{"}, "^invokingEvent: invalid JSON"),
        ({}, "^invokingEvent: missing$"),
    ],
)
def test_config_invoking_event_errors(event: dict[str, Any], message: str) -> None:
    with pytest.raises(EventDecodeError, match=message):
        decode_config_invoking_event(event)


@pytest.mark.parametrize(
    ("parameters", "message"),
    [("[1]", "expected a JSON object, got list"), ("{", "invalid JSON"), (5, "expected str, got int")],
)
def test_config_rule_parameters_errors(parameters: Any, message: str) -> None:
    with pytest.raises(EventDecodeError, match=f"^ruleParameters: {message}"):
        decode_config_rule_parameters({"ruleParameters": parameters})


# --- CodePipeline -------------------------------------------------------------------------------------

WHERE_USER_PARAMETERS = r"CodePipeline\.job\.data\.actionConfiguration\.configuration\.UserParameters"


def test_codepipeline_user_parameters_on_every_fixture() -> None:
    outcomes: set[str] = set()
    for event in events_of("CodePipelineJobEventDict"):
        configuration = event["CodePipeline.job"]["data"]["actionConfiguration"]["configuration"]
        parameters = configuration.get("UserParameters")
        if not parameters:
            outcomes.add("none")
            assert decode_codepipeline_user_parameters(event) is None
        elif loads_or_none(parameters) is None:
            outcomes.add("error")
            with pytest.raises(EventDecodeError, match=f"^{WHERE_USER_PARAMETERS}: invalid JSON"):
                decode_codepipeline_user_parameters(event)
        else:
            outcomes.add("json")
            assert decode_codepipeline_user_parameters(event) == json.loads(parameters)
    assert outcomes == {"none", "error", "json"}


def codepipeline_event(configuration: Any) -> dict[str, Any]:
    return {"CodePipeline.job": {"data": {"actionConfiguration": {"configuration": configuration}}}}


def test_codepipeline_empty_parameters_are_none() -> None:
    assert decode_codepipeline_user_parameters(codepipeline_event({"UserParameters": ""})) is None
    assert decode_codepipeline_user_parameters(codepipeline_event({"FunctionName": "f"})) is None


def test_codepipeline_errors_name_the_path() -> None:
    with pytest.raises(EventDecodeError, match=f"^{WHERE_USER_PARAMETERS}: expected str, got list$"):
        decode_codepipeline_user_parameters(codepipeline_event({"UserParameters": []}))
    with pytest.raises(
        EventDecodeError, match=r"^CodePipeline\.job\.data\.actionConfiguration\.configuration: expected an object"
    ):
        decode_codepipeline_user_parameters(codepipeline_event("x"))
    with pytest.raises(EventDecodeError, match=r"^CodePipeline\.job: missing$"):
        decode_codepipeline_user_parameters({})
