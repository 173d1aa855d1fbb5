"""Amazon Kinesis Data Streams: the factories of `lambda_events.testing.kinesis`
and the types of `lambda_events.types.kinesis`."""

from __future__ import annotations

import base64
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    as_bytes,
    decompress,
    factory_test,
    json_objects,
    names,
    payloads,
    seeds,
)

CASES = [
    Case(
        factories.kinesis_event,
        {
            "data": st.lists(payloads, min_size=1, max_size=4), "stream": names, "partition_key": st.none() | names,
            "shard": st.integers(0, 999),
        },
        "kinesis",
    ),
    Case(
        factories.kinesis_time_window_event,
        {
            "data": st.lists(payloads, max_size=3), "state": st.none() | json_objects, "final": st.booleans(),
            "window_seconds": st.integers(1, 900),
        },
        "kinesis_time_window",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(data=st.lists(payloads, min_size=1, max_size=5), seed=seeds)
def test_kinesis_and_firehose_data_decode_back(data: list[Any], seed: int | None) -> None:
    kinesis = factories.kinesis_event(data=data, seed=seed)
    firehose = factories.kinesis_firehose_event(data=data, seed=seed, source_stream="source")
    expected = [as_bytes(payload) for payload in data]
    assert [lambda_events.decode_kinesis_data(record) for record in kinesis["Records"]] == expected
    assert [lambda_events.decode_firehose_data(record) for record in firehose["records"]] == expected
    numbers = [int(record["kinesis"]["sequenceNumber"]) for record in kinesis["Records"]]
    assert numbers == sorted(set(numbers))
    assert all(record["eventID"].endswith(":" + record["kinesis"]["sequenceNumber"]) for record in kinesis["Records"])


def test_decoded_kinesis_cloudwatch_logs_fixtures_are_the_decoded_records() -> None:
    records = fixture_named("kinesisStreamCloudWatchLogsEvent.json").raw()["Records"]
    for index, record in enumerate(records):
        decoded = decompress(base64.b64decode(record["kinesis"]["data"]))
        assert decoded == fixture_named(f"kinesisStreamCloudWatchLogsEventRecord{index}Decoded.json").raw()
