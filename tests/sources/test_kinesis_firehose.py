"""Amazon Data Firehose transformation: the factories of `lambda_events.testing.kinesis_firehose`
and the types of `lambda_events.types.kinesis_firehose`."""

from __future__ import annotations

import base64
from typing import Any

import pytest
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
    names,
    payloads,
)

CASES = [
    Case(
        factories.kinesis_firehose_event,
        {
            "data": st.lists(payloads, min_size=1, max_size=4), "delivery_stream": names,
            "source_stream": st.none() | names,
        },
        "kinesis_firehose",
    ),
    Case(
        factories.kinesis_firehose_msk_event,
        {
            "data": st.lists(payloads, min_size=1, max_size=4), "delivery_stream": names, "cluster": names,
            "partition": st.integers(0, 999),
        },
        "kinesis_firehose_msk",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_firehose_cloudwatch_logs_records_carry_the_decoded_fixtures() -> None:
    records = fixture_named("kinesisFirehoseCloudWatchLogsEvent.json").raw()["records"]
    decoded = [decompress(base64.b64decode(record["data"])) for record in records]
    assert decoded == [
        fixture_named("cloudWatchLogsControlMessageDecoded.json").raw(),
        fixture_named("cloudWatchLogsAccountPolicyDecoded.json").raw(),
    ]


@settings(max_examples=40, deadline=None)
@given(data=st.lists(payloads, min_size=1, max_size=4))
def test_msk_records_decode_back_with_the_same_decoders(data: list[Any]) -> None:
    event = factories.kinesis_firehose_msk_event(data=data, partition=3, seed=1)
    assert [lambda_events.decode_firehose_data(record) for record in event["records"]] == [as_bytes(item) for item in data]
    offsets = [int(record["mskRecordMetadata"]["offset"]) for record in event["records"]]
    assert offsets == list(range(offsets[0], offsets[0] + len(data)))
    assert {record["mskRecordMetadata"]["partitionId"] for record in event["records"]} == {"3"}


def test_msk_fixture_decodes_and_errors_name_the_msk_key() -> None:
    records = fixture_named("kinesisFirehoseMSKEvent.json").raw()["records"]
    assert lambda_events.decode_firehose_json(records[0]) == {"sku": "sku-10", "quantity": 3}
    with pytest.raises(lambda_events.EventDecodeError, match="^kafkaRecordValue: invalid base64"):
        lambda_events.decode_firehose_data({"recordId": "1", "kafkaRecordValue": "%%"})
    with pytest.raises(lambda_events.EventDecodeError, match="^data: missing$"):
        lambda_events.decode_firehose_data({"recordId": "1"})
    with pytest.raises(ValueError, match="^partition: "):
        factories.kinesis_firehose_msk_event(partition=-1)
