"""Amazon Data Firehose transformation: the factories of `lambda_events.testing.kinesis_firehose`
and the types of `lambda_events.types.kinesis_firehose`."""

from __future__ import annotations

import base64

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
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
]

test_factories_make_valid_events = factory_test(CASES)


def test_firehose_cloudwatch_logs_records_carry_the_decoded_fixtures() -> None:
    records = fixture_named("kinesisFirehoseCloudWatchLogsEvent.json").raw()["records"]
    decoded = [decompress(base64.b64decode(record["data"])) for record in records]
    assert decoded == [
        fixture_named("cloudWatchLogsControlMessageDecoded.json").raw(),
        fixture_named("cloudWatchLogsAccountPolicyDecoded.json").raw(),
    ]
