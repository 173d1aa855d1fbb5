"""Lambda invocation records: the factories of `lambda_events.testing.lambda_destination`, the types of
`lambda_events.types.lambda_destination`, and the helpers that unwrap records from any destination."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    EventDecodeError,
    decode_event_source_mapping_failure,
    decode_lambda_destination_record,
    detect_event_source,
    find_event_problems,
)
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import Case, factory_test, json_objects, json_values, names

CASES = [
    Case(
        factories.lambda_destination_event,
        {
            "condition": st.sampled_from(["Success", "RetriesExhausted", "EventAgeExceeded"]),
            "request_payload": json_objects, "response_payload": json_values, "function": names,
            "attempts": st.none() | st.integers(0, 3),
        },
        "lambda_destination",
    ),
    Case(
        factories.lambda_destination_eventbridge_event,
        {"condition": st.sampled_from(["Success", "RetriesExhausted"]), "request_payload": json_objects},
        "lambda_destination_eventbridge",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def _sqs_message(body: str) -> dict[str, Any]:
    return factories.sqs_event(bodies=[body], seed=1)["Records"][0]  # type: ignore[return-value]


@given(payload=json_objects, condition=st.sampled_from(["Success", "RetriesExhausted"]))
def test_a_record_unwraps_from_every_destination(payload: dict[str, Any], condition: Any) -> None:
    record = factories.lambda_destination_event(condition=condition, request_payload=payload, seed=3)
    text = json.dumps(record)
    notification = factories.sns_notification(message=text, seed=3)
    bridged = factories.lambda_destination_eventbridge_event(condition=condition, request_payload=payload, seed=3)
    sns_record = factories.sns_event(messages=[text], seed=3)["Records"][0]
    for wrapped in (record, text, text.encode(), _sqs_message(text), _sqs_message(json.dumps(notification)),
                    sns_record, bridged):
        assert decode_lambda_destination_record(wrapped)["requestPayload"] == payload


@pytest.mark.parametrize("source", ["kinesis", "dynamodb", "kafka"])
def test_failure_records_validate_and_unwrap_from_queues_and_objects(source: Any) -> None:
    batch = factories.kafka_event(values=[{"id": 1}], seed=2)
    record = factories.event_source_mapping_failure_record(source=source, payload=dict(batch), seed=2)
    assert find_event_problems(record, lambda_events.EventSourceMappingFailureRecordDict) == []
    text = json.dumps(record)
    assert decode_event_source_mapping_failure(_sqs_message(text)) == record
    assert decode_event_source_mapping_failure(text.encode()) == record


def test_each_kind_of_record_is_told_from_the_other() -> None:
    asynchronous = fixture_named("lambdaDestinationSuccess.json").raw()
    failure = fixture_named("kinesisOnFailureRecord.json").raw()
    assert detect_event_source(asynchronous) == "lambda_destination"
    assert detect_event_source(fixture_named("lambdaDestinationEventBridgeFailure.json").raw()) == (
        "lambda_destination_eventbridge"
    )
    with pytest.raises(EventDecodeError, match="not an event source mapping failure"):
        decode_event_source_mapping_failure(asynchronous)
    with pytest.raises(EventDecodeError, match="requestPayload"):
        decode_lambda_destination_record(failure)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"body": "not json"}, r"\$\.body"),
        ({"Sns": {"Message": 5}}, r"\$\.Sns\.Message: expected a string"),
        ({"detail-type": "Lambda Function Invocation Result - Success", "detail": []}, r"\$\.detail"),
        ({"other": 1}, "not an invocation record"),
        ('{"requestContext": {}}', "condition"),
    ],
)
def test_what_is_not_a_record_is_named(value: Any, message: str) -> None:
    with pytest.raises(EventDecodeError, match=message):
        decode_lambda_destination_record(value)


def test_a_wrong_python_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="^value must be a mapping, str or bytes"):
        decode_lambda_destination_record(5)  # type: ignore[call-overload]


def test_bad_factory_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="condition"):
        factories.lambda_destination_event(condition="Done")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="source"):
        factories.event_source_mapping_failure_record(source="sqs")  # type: ignore[arg-type]
