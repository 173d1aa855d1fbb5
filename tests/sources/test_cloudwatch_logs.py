"""Amazon CloudWatch Logs subscriptions: the factories of `lambda_events.testing.cloudwatch_logs`
and the types of `lambda_events.types.cloudwatch_logs`."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    AT,
    Case,
    decompress,
    factory_test,
    names,
    seeds,
    texts,
)

CASES = [
    Case(
        factories.cloudwatch_logs_event,
        {
            "messages": st.lists(texts, max_size=4), "log_group": names, "log_stream": st.none() | names,
            "filter_name": names,
        },
        "cloudwatch_logs",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(messages=st.lists(texts, max_size=5), log_group=names, seed=seeds)
def test_cloudwatch_logs_decode_back_directly_and_through_streams(
    messages: list[str], log_group: str, seed: int | None
) -> None:
    document = lambda_events.decode_cloudwatch_logs(
        factories.cloudwatch_logs_event(messages=messages, log_group=log_group, seed=seed, at=AT)
    )
    assert [event["message"] for event in document["logEvents"]] == messages
    assert document["logGroup"] == log_group and document["messageType"] == "DATA_MESSAGE"
    assert all(event["timestamp"] <= int(AT.timestamp() * 1000) for event in document["logEvents"])
    data = factories.cloudwatch_logs_data(messages=messages, seed=seed, at=AT)
    record = factories.kinesis_event(data=[data], seed=seed)["Records"][0]
    from_kinesis = lambda_events.extract_cloudwatch_logs_from_kinesis_record(record)
    assert [event["message"] for event in from_kinesis["logEvents"]] == messages
    firehose_record = factories.kinesis_firehose_event(data=[data], seed=seed)["records"][0]
    from_firehose = lambda_events.extract_cloudwatch_logs_from_firehose_record(firehose_record)
    assert [event["message"] for event in from_firehose["logEvents"]] == messages


@pytest.mark.parametrize(
    ("source", "derived"),
    [
        ("cloudWatchLogEvent.json", "cloudWatchLogEventDecoded.json"),
        ("cloudWatchLogEventWithPolicyLevel.json", "cloudWatchLogEventWithPolicyLevelDecoded.json"),
    ],
)
def test_decoded_cloudwatch_logs_fixtures_are_the_decoded_samples(source: str, derived: str) -> None:
    data = fixture_named(source).raw()["awslogs"]["data"]
    assert decompress(base64.b64decode(data)) == fixture_named(derived).raw()
