"""The strict checker reports every problem, with its JSON path, and nothing else."""

from __future__ import annotations

import copy
import sys
from functools import partial
from types import FrameType
from typing import TYPE_CHECKING, Annotated, Any, Generic, Literal, Optional, TypeVar, Union

import pytest
from typeguard import TypeCheckError, check_type

import lambda_events.helpers.validation
from lambda_events import (
    MAX_DEPTH,
    OPEN_LITERAL,
    AttributeValueDict,
    CognitoUserPoolTriggerEventDict,
    DynamoDBKinesisChangeRecordDict,
    DynamoDBStreamEventDict,
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
from lambda_events._typing import NotRequired, TypedDict, parameter_default, type_parameter
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


if TYPE_CHECKING:
    from typing_extensions import TypeVar as DefaultingTypeVar

    DefaultedT = DefaultingTypeVar("DefaultedT", default=int)
else:
    DefaultedT = type_parameter("DefaultedT", bound=object, default=int)


class Defaulted(TypedDict, Generic[DefaultedT]):
    value: DefaultedT
    nested: NotRequired[Inner[DefaultedT]]


def test_a_bare_generic_typeddict_checks_its_parameters_defaults() -> None:
    assert messages({"value": 1, "nested": {"payload": 2}}, Defaulted) == []
    assert messages({"value": "one", "nested": {"payload": "two"}}, Defaulted) == [
        "$.value: expected int, got str",
        "$.nested.payload: expected int, got str",
    ]
    assert messages({"value": "one", "nested": {"payload": "two"}}, Defaulted[str]) == []
    assert parameter_default(DefaultedT) is int and parameter_default(InnerT) is Any


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


# --- depth ------------------------------------------------------------------------------------------------


def nested_attribute_value(levels: int) -> tuple[dict[str, Any], list[str]]:
    """An attribute value holding `levels` maps and lists inside each other (built without recursion), and
    the path segments down to each attribute value, outermost first."""
    value: dict[str, Any] = {"S": "leaf"}
    segments: list[str] = []
    for level in range(levels):
        if level % 2:
            value, segment = {"M": {"child": value}}, ".M.child"
        else:
            value, segment = {"L": [value]}, ".L[0]"
        segments.append(segment)
    return value, segments[::-1]


@pytest.mark.parametrize("levels", [165, 1_000, 100_000])
def test_deep_nesting_is_one_problem_where_the_limit_is_passed(levels: int) -> None:
    value, segments = nested_attribute_value(levels)
    # Level 1 is the outer attribute value, level 2 its map or list: the attribute value at level 101 is the
    # first object below the limit, after 50 attribute values.
    assert MAX_DEPTH == 100
    path = "$" + "".join(segments[: MAX_DEPTH // 2])
    expected = [ValidationProblem(path, f"nested more than {MAX_DEPTH} levels deep: not checked further")]
    assert find_event_problems(value, AttributeValueDict) == expected
    with pytest.raises(EventValidationError) as raised:
        assert_valid_event(value, AttributeValueDict)
    assert raised.value.problems == expected


class Node(TypedDict):
    children: list[Node]


def chain_of_nodes(count: int) -> dict[str, Any]:
    """`count` nodes, each the only child of the one before: node k is at level 2k - 1, its list at 2k."""
    node: dict[str, Any] = {"children": []}
    for _ in range(count - 1):
        node = {"children": [node]}
    return node


def test_the_limit_is_exact() -> None:
    assert find_event_problems(chain_of_nodes(MAX_DEPTH // 2), Node) == []  # the last list is at level 100
    path = "$" + ".children[0]" * (MAX_DEPTH // 2)
    assert find_event_problems(chain_of_nodes(MAX_DEPTH // 2 + 1), Node) == [
        ValidationProblem(path, f"nested more than {MAX_DEPTH} levels deep: not checked further")
    ]


def test_dynamodb_items_at_dynamodb_depth_limit_pass() -> None:
    """DynamoDB allows 32 levels of nesting in an item: a stream record carrying one passes."""
    event = load("dynamodbStreamNewImageEvent.json")
    value, _ = nested_attribute_value(32)
    event["Records"][0]["dynamodb"]["NewImage"]["deep"] = value
    assert find_event_problems(event, DynamoDBStreamEventDict) == []


def test_a_value_that_contains_itself_is_reported_not_a_recursion_error() -> None:
    node: dict[str, Any] = {"children": []}
    node["children"].append(node)
    path = "$" + ".children[0]" * (MAX_DEPTH // 2)
    assert [str(problem) for problem in find_event_problems(node, Node)] == [
        f"{path}: nested more than {MAX_DEPTH} levels deep: not checked further"
    ]
    assert find_event_problems(node, dict[str, Any]) == []  # what is typed `Any` is not walked


# --- what can be checked ------------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_type", [5, None, "SQSEventDict", [int], {"a": int}, 1.5, print])
def test_anything_but_a_type_is_a_type_error(expected_type: object) -> None:
    with pytest.raises(TypeError, match="expected_type|cannot check values against"):
        find_event_problems({}, expected_type)
    with pytest.raises(TypeError):
        assert_valid_event({}, expected_type)


def test_null_is_checked_with_none_type() -> None:
    assert find_event_problems(None, type(None)) == []
    assert messages(0, type(None)) == ["$: expected None, got int"]


def test_closed_literals_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="closed_literals"):
        find_event_problems({}, SQSEventDict, closed_literals="yes")  # type: ignore[arg-type]


# --- open literal sets ------------------------------------------------------------------------------------


class ReleaseDict(TypedDict):
    stage: Annotated[Literal["alpha", "beta"], OPEN_LITERAL]
    flavour: Literal["vanilla", "chocolate"]


def test_open_literal_accepts_a_new_string_unless_asked_for_the_closed_set() -> None:
    release = {"stage": "gamma", "flavour": "vanilla"}
    assert find_event_problems(release, ReleaseDict) == []
    assert messages(release, ReleaseDict) == []
    assert [str(problem) for problem in find_event_problems(release, ReleaseDict, closed_literals=True)] == [
        "$.stage: expected 'alpha' | 'beta', got 'gamma'"
    ]
    with pytest.raises(EventValidationError):
        assert_valid_event(release, ReleaseDict, closed_literals=True)
    # Only strings: an open set of strings still rejects a number; a closed Literal stays closed.
    assert messages({"stage": 3, "flavour": "mint"}, ReleaseDict) == [
        "$.stage: expected 'alpha' | 'beta', got 3",
        "$.flavour: expected 'vanilla' | 'chocolate', got 'mint'",
    ]


def test_open_literal_marks_only_literals() -> None:
    class Wrong(TypedDict):
        name: Annotated[str, OPEN_LITERAL]

    with pytest.raises(TypeError, match="OPEN_LITERAL marks a Literal"):
        find_event_problems({"name": "x"}, Wrong)


def test_other_annotated_metadata_is_ignored() -> None:
    class Measured(TypedDict):
        size: Annotated[int, "bytes"]

    assert messages({"size": "3"}, Measured) == ["$.size: expected int, got str"]


def test_a_new_dynamodb_event_name_passes_and_a_sibling_name_does_not() -> None:
    event = load("dynamodbStreamNewImageEvent.json")
    assert event["Records"][0]["eventName"] == "INSERT"
    event["Records"][0]["eventName"] = "UPSERT"
    assert find_event_problems(event, DynamoDBStreamEventDict) == []
    assert messages_closed(event, DynamoDBStreamEventDict) == [
        "$.Records[0].eventName: expected 'INSERT', got 'UPSERT'"
    ]
    # An INSERT record (it has NewImage) that says REMOVE is no new kind of record: still a problem.
    event["Records"][0]["eventName"] = "REMOVE"
    problems = messages(event, DynamoDBStreamEventDict)
    assert problems and problems == messages_closed(event, DynamoDBStreamEventDict)


def test_a_new_event_name_in_a_kinesis_change_record_passes() -> None:
    record = load("dynamodbKinesisChangeRecord.json")
    record["eventName"] = "UPSERT"
    assert find_event_problems(record, DynamoDBKinesisChangeRecordDict) == []
    assert messages_closed(record, DynamoDBKinesisChangeRecordDict) == [
        "$.eventName: expected 'INSERT' | 'MODIFY' | 'REMOVE', got 'UPSERT'"
    ]


def test_a_new_cognito_trigger_source_passes_and_another_triggers_does_not_pass() -> None:
    event = load("cognitoPreSignUpEvent.json")
    event["triggerSource"] = "PreSignUp_Passkey"
    expected_type = fixture_named("cognitoPreSignUpEvent.json").expected_type
    for event_type in (expected_type, CognitoUserPoolTriggerEventDict):
        assert find_event_problems(event, event_type) == []
        assert len(find_event_problems(event, event_type, closed_literals=True)) == 1
    event["triggerSource"] = "CustomMessage_SignUp"  # another trigger's, whose request differs
    assert messages(event, CognitoUserPoolTriggerEventDict) == messages_closed(event, CognitoUserPoolTriggerEventDict)
    assert messages(event, CognitoUserPoolTriggerEventDict) != []


def test_a_new_connect_channel_passes() -> None:
    event = load("connectContactFlowEventMin.json")
    event["Details"]["ContactData"]["Channel"] = "VIDEO"
    expected_type = fixture_named("connectContactFlowEventMin.json").expected_type
    assert find_event_problems(event, expected_type) == []
    assert messages_closed(event, expected_type) == [
        "$.Details.ContactData.Channel: expected 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL' | 'Voice' | 'Chat' | 'Task' | "
        "'Email', got 'VIDEO'"
    ]


def test_a_new_s3_event_name_passes() -> None:
    event = load("s3Event.json")
    event["Records"][0]["eventName"] = "ObjectCreated:Rename"
    assert find_event_problems(event, S3EventDict) == []
    assert len(find_event_problems(event, S3EventDict, closed_literals=True)) == 1


def test_typeguard_checks_open_literals_as_closed_sets() -> None:
    """The fixtures hold known values only, so typeguard and our checker agree on them (test_fixtures)."""
    event = load("s3Event.json")
    event["Records"][0]["eventName"] = "ObjectCreated:Rename"
    with pytest.raises(TypeCheckError):
        check_type(event, S3EventDict)


def messages_closed(value: object, expected_type: object) -> list[str]:
    return [str(problem) for problem in find_event_problems(value, expected_type, closed_literals=True)]


# --- cost -------------------------------------------------------------------------------------------------


def calls_while(action: Any) -> int:
    """How many Python functions of the validation module run during `action()`."""
    module_file = lambda_events.helpers.validation.__file__
    count = 0

    def profile(frame: FrameType, event: str, argument: object) -> None:
        nonlocal count
        if event == "call" and frame.f_code.co_filename == module_file:
            count += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


def sqs_batch(size: int) -> dict[str, Any]:
    """A real SQS event (message attributes included) with its records repeated to `size`."""
    event: dict[str, Any] = load("sqsEventMessageAttributes.json")
    event["Records"] = [copy.deepcopy(event["Records"][index % len(event["Records"])]) for index in range(size)]
    return event


def test_a_valid_record_costs_a_few_calls_not_one_per_key() -> None:
    """The work is linear and small: a few calls per object (record, attributes, each message attribute),
    none for a scalar key, no path written. Timing is measured in bench/validation_cost.py."""
    find_event_problems(sqs_batch(1), SQSEventDict)  # compile the plan first
    batches = [sqs_batch(50), sqs_batch(100)]
    per_record = [calls_while(partial(find_event_problems, batch, SQSEventDict)) for batch in batches]
    record = sqs_batch(1)["Records"][0]
    objects_in_record = 2 + 2 * len(record["messageAttributes"])  # the record, its attributes, each attribute
    assert (per_record[1] - per_record[0]) / 50 <= objects_in_record + 1


def test_a_typeddict_whose_annotations_cannot_be_resolved_is_a_type_error() -> None:
    class Broken(TypedDict):
        child: NoSuchType  # type: ignore[name-defined]  # names nothing, on purpose

    with pytest.raises(TypeError, match="cannot resolve the keys of Broken"):
        find_event_problems({"child": 1}, Broken)
