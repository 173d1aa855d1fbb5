"""`detect_event_source` names the source of every fixture, and each guard claims its own source's alone.

Every fixture is either an event whose type has an identifier in `EVENT_SOURCE_TYPE_NAMES`, or a document
Lambda never receives as an event (a response, or a payload decoded from inside another event, each listed
below with the reason), for which detection must give `None`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, cast, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events.helpers import detection
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES, EventSource, detect_event_source
from scripts.runtime_check import loaded_after
from tests.fixture_catalog import EVENTBRIDGE_AWS_FOLDER, Fixture, all_fixtures, fixture_named

FIXTURES = all_fixtures()
SOURCES: tuple[EventSource, ...] = get_args(EventSource)
SOURCE_OF_TYPE: dict[str, EventSource] = {type_name: source for source, type_name in EVENT_SOURCE_TYPE_NAMES.items()}
GUARDS: dict[EventSource, Callable[[object], bool]] = {
    source: getattr(detection, f"is_{source}_event") for source in SOURCES
}

# What a function returns to the service (never what it receives): `...ResponseDict`, `...ResponseV2Dict`.
RESPONSE_TYPE_NAME = re.compile(r"(Response|Result)(V[0-9])?Dict$")
# Documents that reach a function only inside another event: detection must not mistake them for events.
NOT_LAMBDA_EVENTS = {
    "CloudWatchLogsDecodedDataDict": "the decoded `awslogs.data` of a CloudWatch Logs delivery (also the data "
    "of the Kinesis and Firehose records a subscription feeds)",
    "DynamoDBKinesisChangeRecordDict": "the decoded `data` of a Kinesis record written by Kinesis Data Streams "
    "for DynamoDB; the function receives the Kinesis event",
    "SESReceivedNotificationDict": "the `Message` of the SNS notification an SES receipt rule's SNS action "
    "publishes; the function receives the SNS event",
    "S3TestEventDict": "the message S3 sends to an SQS queue or SNS topic when a notification configuration is "
    "saved; it reaches a function only inside an SQS body or an SNS message",
    "EventSourceMappingFailureRecordDict": "what a Kinesis, DynamoDB or Kafka event source mapping sends to its "
    "on-failure destination (SQS, SNS, S3, Kafka), never to a function directly",
    "GroundTruthDatasetObjectDict": "an entry of the annotations file a Ground Truth consolidation request points "
    "at in S3; the function reads it, it is not the event",
    "GroundTruthConsolidatedAnnotationDict": "an element of the list a Ground Truth consolidation function returns",
    "IoTRuleEventDict": "the output of an IoT rule's SQL statement: its shape is the user's, so nothing can tell "
    "it apart from any other JSON object",
}


def expected_source(fixture: Fixture) -> EventSource | None:
    """The identifier the fixture's type maps to; `None` for a response or a non-event document."""
    if fixture.type_name in SOURCE_OF_TYPE:
        return SOURCE_OF_TYPE[fixture.type_name]
    if fixture.folder.startswith(f"{EVENTBRIDGE_AWS_FOLDER}/"):
        return "eventbridge"  # an AWS service's own event: typed by lambda_events.eventbridge.aws
    is_response = RESPONSE_TYPE_NAME.search(fixture.type_name) is not None
    assert is_response or fixture.type_name in NOT_LAMBDA_EVENTS, (
        f"{fixture.name}: {fixture.type_name} has no identifier and is not declared a non-event"
    )
    return None


def json_object(fixture: Fixture) -> dict[str, Any]:
    """The fixture's JSON object; for the one list (an AppSync batch), its first event."""
    raw: object = fixture.raw()
    if isinstance(raw, list):
        raw = cast("list[object]", raw)[0]
    assert isinstance(raw, dict), fixture.name
    return cast("dict[str, Any]", raw)


def claiming_guards(event: object) -> list[EventSource]:
    """Every source whose guard accepts `event`."""
    return [source for source, guard in GUARDS.items() if guard(event)]


# --- The table ------------------------------------------------------------------------------------------------


def test_every_identifier_has_a_type_and_a_guard() -> None:
    assert set(EVENT_SOURCE_TYPE_NAMES) == set(SOURCES)
    assert len(SOURCES) == len(set(SOURCES))
    for source, type_name in EVENT_SOURCE_TYPE_NAMES.items():
        assert hasattr(lambda_events, type_name), source
        assert f"is_{source}_event" in detection.__all__
    guards_exported = {name for name in detection.__all__ if name.startswith("is_")}
    assert guards_exported == {f"is_{source}_event" for source in SOURCES}


def test_no_two_identifiers_share_a_type() -> None:
    assert len(set(EVENT_SOURCE_TYPE_NAMES.values())) == len(EVENT_SOURCE_TYPE_NAMES)


def test_every_identifier_is_detected_on_some_fixture() -> None:
    detected = {detect_event_source(fixture.raw()) for fixture in FIXTURES}
    assert sorted(set(SOURCES) - detected) == []


def test_non_events_are_fixtures_of_real_types() -> None:
    """Each declared non-event names a type that exists and has a fixture, so the list cannot go stale."""
    fixture_types = {fixture.type_name for fixture in FIXTURES}
    for type_name in NOT_LAMBDA_EVENTS:
        assert hasattr(lambda_events, type_name)
        assert type_name in fixture_types


# --- Every fixture --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_fixture_is_detected_as_its_type_says(fixture: Fixture) -> None:
    assert detect_event_source(fixture.raw()) == expected_source(fixture)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
def test_only_the_fixtures_own_guard_claims_it(fixture: Fixture) -> None:
    source = expected_source(fixture)
    assert claiming_guards(fixture.raw()) == ([] if source is None else [source])


@pytest.mark.parametrize("fixture", FIXTURES[::7], ids=lambda fixture: fixture.name)
def test_a_read_only_mapping_is_detected_like_the_dict(fixture: Fixture) -> None:
    event = json_object(fixture)
    assert detect_event_source(MappingProxyType(event)) == detect_event_source(event)


# --- What is no event -----------------------------------------------------------------------------------------


NO_EVENTS: list[object] = [
    {},
    {"foo": 1},
    {"Records": []},
    {"Records": [{}]},
    {"Records": {"eventSource": "aws:sqs"}},
    {"Records": [{"eventSource": "aws:unknown"}]},
    {"Records": [{"eventSource": ["aws:sqs"]}]},
    {"Records": [{"cf": {"config": {"eventType": "viewer-lunch"}}}]},
    {"requestContext": {}},
    {"requestContext": "elb"},
    {"requestContext": {"http": {}}, "version": "2.0"},
    {"triggerSource": "PreSignUp_SignUp"},
    {"triggerSource": "Unknown_Trigger", "userPoolId": "us-east-1_EXAMPLE"},
    {"type": "TOKEN"},
    {"type": "COGNITO_USER_POOLS", "methodArn": "arn:aws:execute-api:us-east-1:123456789012:a/b/GET/"},
    {"eventSource": "aws:kafka"},
    {"eventSource": {"aws:kafka": 1}, "records": {}},
    {"detail-type": "Object Created", "source": "aws.s3"},
    {"awslogs": "H4sIAAAAAAAAA"},
    {"window": {}, "Records": [], "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:q", "shardId": "1"},
    {"eventType": "THING_EVENT"},
    [],
    [{}],
    [{"Records": []}],
    "Records",
    b"{}",
    None,
    42,
    3.5,
    True,
    ("Records",),
    {"Records"},
    object(),
]


@pytest.mark.parametrize("value", NO_EVENTS, ids=repr)
def test_values_that_are_no_event_give_none(value: object) -> None:
    assert detect_event_source(value) is None
    assert claiming_guards(value) == []


# --- The ambiguous families, case by case -------------------------------------------------------------------


def event_of(name: str) -> Any:
    """A fresh copy of a fixture's JSON, to change."""
    return copy.deepcopy(fixture_named(name).raw())


def test_sns_records_name_their_source_with_a_capital() -> None:
    assert detect_event_source({"Records": [{"EventSource": "aws:sns"}]}) == "sns"


def test_the_final_call_of_a_tumbling_window_has_no_records() -> None:
    final = event_of("kinesisStreamTimeWindowFinalEvent.json")
    assert final["Records"] == []
    assert detect_event_source(final) == "kinesis_time_window"
    final["eventSourceARN"] = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024-01-01T00:00:00.000"
    assert detect_event_source(final) == "dynamodb_time_window"


def test_version_2_requests_are_told_apart_by_documented_keys() -> None:
    http_api = event_of("apiGatewayProxyV2Event.json")
    function_url = event_of("lambdaFunctionUrlEvent.json")
    lattice = event_of("vpcLatticeV2Event.json")
    authorizer = event_of("apiGatewayAuthorizerV2Event.json")
    assert {event["version"] for event in (http_api, function_url, lattice, authorizer)} == {"2.0"}
    assert detect_event_source(http_api) == "api_gateway_v2"
    assert detect_event_source(function_url) == "lambda_function_url"
    assert detect_event_source(lattice) == "vpc_lattice_v2"
    assert detect_event_source(authorizer) == "api_gateway_authorizer_v2"
    # An HTTP API behind a custom domain is still an HTTP API; only a function URL's own domain says otherwise.
    http_api["requestContext"]["domainName"] = "api.example.com"
    assert detect_event_source(http_api) == "api_gateway_v2"
    http_api["requestContext"]["domainName"] = "abcdefghij.lambda-url.eu-west-1.on.aws"
    assert detect_event_source(http_api) == "lambda_function_url"


def test_request_authorizers_are_told_apart_by_their_request() -> None:
    assert detect_event_source(event_of("apiGatewayAuthorizerRestRequestEvent.json")) == "api_gateway_authorizer_request"
    assert detect_event_source(event_of("apiGatewayAuthorizerWebSocketEvent.json")) == "api_gateway_authorizer_websocket"
    assert detect_event_source(event_of("apiGatewayAuthorizerTokenEvent.json")) == "api_gateway_authorizer_token"
    # The authorizer's `type` comes first: its REST request context does not make it a proxy event.
    assert "httpMethod" in event_of("apiGatewayAuthorizerRestRequestEvent.json")


def test_pre_token_generation_versions() -> None:
    version_one = event_of("cognitoPreTokenGenerationEvent.json")
    assert detect_event_source(version_one) == "cognito_pre_token_generation"
    version_one["version"] = "2"
    assert detect_event_source(version_one) == "cognito_pre_token_generation_v2"
    # A published version-two example says `1`: its requested scopes give it away.
    assert detect_event_source(event_of("cognitoPreTokenV2GenerationEvent.json")) == "cognito_pre_token_generation_v2"
    client_credentials = event_of("cognitoPreTokenGenerationClientCredentialsEvent.json")
    assert detect_event_source(client_credentials) == "cognito_pre_token_generation_client_credentials"


def test_eventbridge_envelopes() -> None:
    assert detect_event_source(event_of("eventBridgeScheduledEvent.json")) == "eventbridge_scheduled"
    assert detect_event_source(event_of("s3EventBridgeNotificationObjectCreatedEvent.json")) == "s3_eventbridge"
    cloudtrail_call = event_of("s3EventBridgeNotificationObjectCreatedEvent.json")
    cloudtrail_call["detail-type"] = "AWS API Call via CloudTrail"
    assert detect_event_source(cloudtrail_call) == "eventbridge"


def test_an_appsync_batch_is_a_list_of_resolver_events() -> None:
    batch = event_of("appSyncIdentityCognitoBatchEvent.json")
    assert detect_event_source(batch) == "appsync_batch_resolver"
    assert detect_event_source(batch[0]) == "appsync_resolver"
    assert detect_event_source([event_of("sqsEvent.json")]) is None


# --- Properties -----------------------------------------------------------------------------------------------

EVENT_FIXTURES = [fixture for fixture in FIXTURES if expected_source(fixture) is not None]


def keys_and_strings(value: object, depth: int = 0) -> Iterator[str]:
    """The keys and string values of a JSON document, down to `depth` 3."""
    if depth > 3:
        return
    if isinstance(value, dict):
        for key, item in cast("dict[str, object]", value).items():
            yield key
            yield from keys_and_strings(item, depth + 1)
    elif isinstance(value, list):
        for item in cast("list[object]", value)[:2]:
            yield from keys_and_strings(item, depth + 1)
    elif isinstance(value, str) and len(value) < 60:
        yield value


VOCABULARY = sorted({text for fixture in FIXTURES for text in keys_and_strings(fixture.raw())})
# Keys and strings from real events, so that generated documents reach every rule, plus arbitrary text.
TEXT = st.sampled_from(VOCABULARY) | st.text(max_size=12)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=6),
    max_leaves=30,
)


def read_only(mapping: dict[str, object]) -> Mapping[str, object]:
    """A `Mapping` that is no dict."""
    return MappingProxyType(mapping)


ANY_OBJECTS = st.recursive(
    JSON_VALUES
    | st.binary(max_size=8)
    | st.complex_numbers()
    | st.builds(object)
    | st.frozensets(st.integers(), max_size=3),
    lambda children: st.tuples(children, children)
    | st.lists(children, max_size=3)
    | st.dictionaries(st.integers() | st.tuples(st.integers()) | TEXT, children, max_size=4)
    | st.dictionaries(TEXT, children, max_size=4).map(read_only),
    max_leaves=20,
)


def assert_guards_agree(event: object) -> None:
    """Detection gives a known source or `None`, and exactly that source's guard (if any) claims the event."""
    source = detect_event_source(event)
    assert source is None or source in SOURCES
    assert claiming_guards(event) == ([] if source is None else [source])


@settings(max_examples=300)
@given(JSON_VALUES)
def test_any_json_value_is_none_or_claimed_by_its_guard_alone(value: object) -> None:
    assert_guards_agree(value)


@settings(max_examples=200)
@given(st.dictionaries(TEXT, JSON_VALUES, max_size=8))
def test_any_json_object_is_none_or_claimed_by_its_guard_alone(value: dict[str, object]) -> None:
    assert_guards_agree(value)


@settings(max_examples=300)
@given(
    st.sampled_from(EVENT_FIXTURES),
    st.lists(st.tuples(st.sampled_from(VOCABULARY), JSON_VALUES), max_size=4),
    st.data(),
)
def test_damaged_real_events_never_break_detection(
    fixture: Fixture, replacements: list[tuple[str, object]], data: st.DataObject
) -> None:
    """Real events with keys replaced or removed, at the top and one level down: still no exception."""
    event = json_object(fixture)
    for key, value in replacements:
        target = event
        nested = [name for name, item in event.items() if isinstance(item, dict)]
        one_level_down = data.draw(st.booleans())
        if nested and one_level_down:
            target = cast("dict[str, Any]", event[data.draw(st.sampled_from(nested))])
        if data.draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = value
    assert_guards_agree(event)


@settings(max_examples=300)
@given(ANY_OBJECTS)
def test_detection_never_raises_on_any_object(value: object) -> None:
    assert_guards_agree(value)


@settings(max_examples=100)
@given(
    st.sampled_from(EVENT_FIXTURES),
    st.dictionaries(st.text(min_size=1, max_size=10).map("x-unknown-{}".format), JSON_VALUES, max_size=3),
)
def test_keys_aws_may_add_later_change_nothing(fixture: Fixture, extra: dict[str, object]) -> None:
    event: object = {**json_object(fixture), **extra}
    if isinstance(fixture.raw(), list):
        event = [event]
    assert detect_event_source(event) == expected_source(fixture)


@pytest.mark.parametrize("fixture", EVENT_FIXTURES, ids=lambda fixture: fixture.name)
def test_the_order_of_keys_changes_nothing(fixture: Fixture) -> None:
    event: object = dict(reversed(list(json_object(fixture).items())))
    if isinstance(fixture.raw(), list):
        event = [event]
    assert detect_event_source(event) == expected_source(fixture)


# --- Import cost ----------------------------------------------------------------------------------------------


def test_detection_loads_no_event_type_and_no_typing_extensions() -> None:
    loaded = loaded_after(
        "from lambda_events import detect_event_source, is_sqs_event\n"
        "is_sqs_event({'Records': [{'eventSource': 'aws:sqs'}]})"
    )
    assert [name for name in loaded if name.startswith("lambda_events.types") or name == "typing_extensions"] == []


def test_the_type_table_is_read_only() -> None:
    assert isinstance(EVENT_SOURCE_TYPE_NAMES, Mapping)
    with pytest.raises(TypeError):
        EVENT_SOURCE_TYPE_NAMES["sqs"] = "SNSEventDict"  # type: ignore[index]
