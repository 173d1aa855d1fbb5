"""The strict checker reports every problem, with its JSON path, and nothing else."""

from __future__ import annotations

import copy
from typing import Any, Generic, Literal, Optional, TypeVar, Union

import pytest
from typeguard import TypeCheckError, check_type

from lambda_events import (
    EventBridgeEventDict,
    EventValidationError,
    S3EventDict,
    SNSEventDict,
    SQSBatchResponseDict,
    SQSEventDict,
    ValidationProblem,
    assert_valid_event,
    find_event_problems,
)
from lambda_events._typing import TypedDict
from tests.fixture_catalog import fixture_named


def load(name: str) -> Any:
    return fixture_named(name).raw()


def messages(value: object, expected_type: object) -> list[str]:
    return [str(problem) for problem in find_event_problems(value, expected_type)]


def test_wrong_scalar_type_is_reported_with_its_path() -> None:
    event = load("sqsEvent.json")
    event["Records"][1]["body"] = 42
    assert messages(event, SQSEventDict) == ["$.Records[1].body: expected str, got int"]


def test_every_problem_is_reported_not_only_the_first() -> None:
    event = load("sqsEvent.json")
    del event["Records"][0]["messageId"]
    event["Records"][0]["eventSource"] = "aws:sns"
    event["Records"][1]["attributes"]["Unknown"] = "x"
    assert messages(event, SQSEventDict) == [
        "$.Records[0]: missing required key 'messageId'",
        "$.Records[0].eventSource: expected 'aws:sqs', got 'aws:sns'",
        "$.Records[1].attributes.Unknown: key not declared by SQSAttributesDict",
    ]


def test_non_identifier_keys_are_quoted_in_paths() -> None:
    event = load("s3Event.json")
    event["Records"][0]["responseElements"]["x-amz-id-2"] = None
    assert messages(event, S3EventDict) == ['$.Records[0].responseElements["x-amz-id-2"]: expected str, got None']


def test_bool_is_not_an_int_and_int_is_a_float() -> None:
    event = load("s3Event.json")
    event["Records"][0]["s3"]["object"]["size"] = True
    assert messages(event, S3EventDict) == ["$.Records[0].s3.object.size: expected int, got bool"]

    class Measure(TypedDict):
        value: float

    assert messages({"value": 3}, Measure) == []
    assert messages({"value": False}, Measure) == ["$.value: expected float, got bool"]


def test_optional_values_accept_null_and_nothing_else() -> None:
    event = load("snsEventNoSubject.json")
    assert messages(event, SNSEventDict) == []
    event["Records"][0]["Sns"]["Subject"] = 5
    assert messages(event, SNSEventDict) == ["$.Records[0].Sns.Subject: expected str | None, got int"]


def test_literals_compare_type_as_well_as_value() -> None:
    assert messages(True, Literal[1]) == ["$: expected 1, got True"]
    assert messages(1, Literal[1]) == []


def test_union_of_typeddicts_reports_the_closest_option() -> None:
    class Circle(TypedDict):
        kind: Literal["circle"]
        radius: float

    class Square(TypedDict):
        kind: Literal["square"]
        side: float

    shape = Union[Circle, Square]
    assert messages({"kind": "square", "side": "2"}, shape) == ["$.side: expected float, got str"]
    assert messages({"kind": "circle", "radius": 1.5}, shape) == []
    assert messages("circle", Optional[Circle]) == ["$: expected Circle | None, got str"]


def test_generic_eventbridge_detail_is_checked_against_its_parameter() -> None:
    class InstanceStateDict(TypedDict):
        instance_id: str
        state: Literal["pending", "running", "terminated"]

    event = load("eventBridgeEvent.json")
    assert messages(event, EventBridgeEventDict[InstanceStateDict]) == []
    assert messages(event, EventBridgeEventDict) == []
    event["detail"]["state"] = "exploded"
    assert messages(event, EventBridgeEventDict[InstanceStateDict]) == [
        "$.detail.state: expected 'pending' | 'running' | 'terminated', got 'exploded'"
    ]
    assert messages(event, EventBridgeEventDict) == []


InnerT = TypeVar("InnerT")
OuterT = TypeVar("OuterT")


class Inner(TypedDict, Generic[InnerT]):
    payload: InnerT


class Outer(TypedDict, Generic[OuterT]):
    inner: Inner[OuterT]
    items: list[OuterT]


def test_type_variables_pass_through_nested_generic_typeddicts() -> None:
    assert messages({"inner": {"payload": 1}, "items": [2]}, Outer[int]) == []
    assert messages({"inner": {"payload": "x"}, "items": ["y"]}, Outer[int]) == [
        "$.inner.payload: expected int, got str",
        "$.items[0]: expected int, got str",
    ]
    assert messages({"inner": {"payload": "anything"}, "items": []}, Outer) == []


def test_non_object_where_an_object_is_expected() -> None:
    assert messages([], SQSEventDict) == ["$: expected SQSEventDict (an object), got list"]
    assert messages({"Records": {}}, SQSEventDict) == ["$.Records: expected a list, got dict"]


def test_checking_does_not_mutate_the_event() -> None:
    event = load("sqsEventMessageAttributes.json")
    before = copy.deepcopy(event)
    find_event_problems(event, SQSEventDict)
    assert event == before


def test_assert_valid_event_lists_every_problem() -> None:
    with pytest.raises(EventValidationError) as raised:
        assert_valid_event({"batchItemFailures": [{"itemIdentifier": 1}, {}]}, SQSBatchResponseDict)
    assert raised.value.problems == [
        ValidationProblem("$.batchItemFailures[0].itemIdentifier", "expected str, got int"),
        ValidationProblem("$.batchItemFailures[1]", "missing required key 'itemIdentifier'"),
    ]
    assert str(raised.value).splitlines() == [
        "event does not match SQSBatchResponseDict:",
        "  $.batchItemFailures[0].itemIdentifier: expected str, got int",
        "  $.batchItemFailures[1]: missing required key 'itemIdentifier'",
    ]
    assert_valid_event({"batchItemFailures": []}, SQSBatchResponseDict)


def test_typeguard_agrees_that_undeclared_keys_fail() -> None:
    """The fixture test relies on typeguard rejecting extra keys; prove that it does."""
    event = load("sqsEvent.json")
    event["Records"][0]["surprise"] = "x"
    with pytest.raises(TypeCheckError, match="surprise"):
        check_type(event, SQSEventDict)
