"""No decoding helper lets anything but `EventDecodeError` escape, whatever mapping it is given, and none changes
its input: every helper runs on fixture records and events in which hypothesis dropped a key or replaced a
value with an arbitrary JSON value, at any depth."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any, Callable, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lambda_events as le
from lambda_events import EventDecodeError
from tests.fixture_catalog import HTTP_EVENT_TYPES, events_of, items_of

KINESIS = items_of("Records", "KinesisStreamEventDict")
FIREHOSE = items_of("records", "KinesisFirehoseEventDict")
KAFKA = items_of("records", "KafkaEventDict")
MQ = items_of("messages", "ActiveMQEventDict") + items_of("rmqMessagesByQueue", "RabbitMQEventDict")
SQS = items_of("Records", "SQSEventDict")
SNS = items_of("Records", "SNSEventDict")
S3 = items_of("Records", "S3EventDict")
HTTP = events_of(*HTTP_EVENT_TYPES)
APPSYNC = events_of("AppSyncResolverEventDict")
IMAGES = [
    change[key]
    for record in items_of("Records", "DynamoDBStreamEventDict")
    for change in [record["dynamodb"]]
    for key in ("Keys", "NewImage", "OldImage")
    if key in change
]
ATTRIBUTE_VALUES = [av for image in IMAGES for av in image.values()]

# Each helper that takes a mapping, and the fixture mappings it is meant for (the ARN parsers take strings:
# see tests/test_helpers_arn.py). Helpers that need a name get one that the fixtures use.
CASES: dict[str, tuple[Callable[[Any], Any], list[Any]]] = {
    "decode_kinesis_data": (le.decode_kinesis_data, KINESIS),
    "decode_kinesis_text": (le.decode_kinesis_text, KINESIS),
    "decode_kinesis_json": (le.decode_kinesis_json, KINESIS),
    "decode_firehose_data": (le.decode_firehose_data, FIREHOSE),
    "decode_firehose_text": (le.decode_firehose_text, FIREHOSE),
    "decode_firehose_json": (le.decode_firehose_json, FIREHOSE),
    "decode_kafka_value": (le.decode_kafka_value, KAFKA),
    "decode_kafka_text": (le.decode_kafka_text, KAFKA),
    "decode_kafka_json": (le.decode_kafka_json, KAFKA),
    "decode_kafka_key": (le.decode_kafka_key, KAFKA),
    "decode_kafka_headers": (le.decode_kafka_headers, KAFKA),
    "decode_mq_data": (le.decode_mq_data, MQ),
    "decode_mq_text": (le.decode_mq_text, MQ),
    "decode_mq_json": (le.decode_mq_json, MQ),
    "decode_sqs_json": (le.decode_sqs_json, SQS),
    "decode_sqs_sns_message": (le.decode_sqs_sns_message, SQS),
    "decode_sqs_s3_event": (le.decode_sqs_s3_event, SQS),
    "decode_sqs_sns_s3_event": (le.decode_sqs_sns_s3_event, SQS),
    "decode_sns_json": (le.decode_sns_json, SNS),
    "decode_sns_s3_event": (le.decode_sns_s3_event, SNS),
    "s3_object_key": (le.s3_object_key, S3),
    "get_header": (lambda event: le.get_header(event, "Content-Type"), HTTP + APPSYNC),
    "get_header_lower_case": (lambda event: le.get_header(event, "host", "none"), HTTP + APPSYNC),
    "get_multi_value_header": (lambda event: le.get_multi_value_header(event, "Accept"), HTTP + APPSYNC),
    "get_query_parameter": (lambda event: le.get_query_parameter(event, "parameter1"), HTTP),
    "get_multi_value_query_parameter": (lambda event: le.get_multi_value_query_parameter(event, "parameter1"), HTTP),
    "get_cookies": (le.get_cookies, HTTP),
    "decode_body": (le.decode_body, HTTP),
    "decode_text_body": (le.decode_text_body, HTTP),
    "decode_json_body": (le.decode_json_body, HTTP),
    "decode_cloudwatch_logs": (le.decode_cloudwatch_logs, events_of("CloudWatchLogsEventDict")),
    "extract_cloudwatch_logs_from_kinesis_record": (le.extract_cloudwatch_logs_from_kinesis_record, KINESIS),
    "extract_cloudwatch_logs_from_kinesis_event": (
        le.extract_cloudwatch_logs_from_kinesis_event,
        events_of("KinesisStreamEventDict"),
    ),
    "extract_cloudwatch_logs_from_firehose_record": (le.extract_cloudwatch_logs_from_firehose_record, FIREHOSE),
    "deserialize_dynamodb_image": (le.deserialize_dynamodb_image, IMAGES),
    "deserialize_dynamodb_value": (le.deserialize_dynamodb_value, ATTRIBUTE_VALUES),
    "serialize_dynamodb_item": (
        lambda image: le.serialize_dynamodb_item(le.deserialize_dynamodb_image(image)),
        IMAGES,
    ),
    "decode_config_invoking_event": (le.decode_config_invoking_event, events_of("AWSConfigRuleEventDict")),
    "decode_config_rule_parameters": (le.decode_config_rule_parameters, events_of("AWSConfigRuleEventDict")),
    "decode_codepipeline_user_parameters": (
        le.decode_codepipeline_user_parameters,
        events_of("CodePipelineJobEventDict"),
    ),
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


def paths(document: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside a JSON document (not the document itself)."""
    if isinstance(document, dict):
        for key, value in cast("dict[str, object]", document).items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(cast("list[object]", document)):
            yield (*prefix, index)
            yield from paths(value, (*prefix, index))


@st.composite
def mutated(draw: st.DrawFn, originals: list[Any]) -> Any:
    """A deep copy of one of `originals` with one to three values dropped or replaced, at any depth."""
    document = copy.deepcopy(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 3))):
        candidates = list(paths(document))
        if not candidates:
            break
        *parents, last = draw(st.sampled_from(candidates))
        parent = document
        for step in parents:
            parent = parent[step]
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[last]
        else:
            parent[last] = draw(json_values)
    return document


def run(helper: Callable[[Any], Any], value: Any) -> None:
    """Call `helper`, allowing only success or `EventDecodeError`; the input must not change."""
    before = copy.deepcopy(value)
    try:
        helper(value)
    except EventDecodeError:
        pass
    assert value == before


@pytest.mark.parametrize("name", CASES)
def test_helpers_on_unchanged_fixtures_raise_only_decode_errors(name: str) -> None:
    helper, originals = CASES[name]
    for original in originals:
        run(helper, original)


@pytest.mark.parametrize("name", CASES)
@given(data=st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_helpers_on_mutated_fixtures_raise_only_decode_errors(name: str, data: st.DataObject) -> None:
    helper, originals = CASES[name]
    run(helper, data.draw(mutated(originals)))


@pytest.mark.parametrize("name", CASES)
@given(replacement=st.dictionaries(st.text(max_size=8), json_values, max_size=5))
@settings(max_examples=25, deadline=None)
def test_helpers_on_arbitrary_mappings_raise_only_decode_errors(name: str, replacement: dict[str, Any]) -> None:
    helper, _ = CASES[name]
    run(helper, replacement)
