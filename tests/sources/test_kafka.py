"""Apache Kafka (Amazon MSK and self-managed): the factories of `lambda_events.testing.kafka`
and the types of `lambda_events.types.kafka`."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    as_bytes,
    factory_test,
    names,
    payloads,
    texts,
)

CASES = [
    Case(
        factories.kafka_event,
        {
            "values": st.lists(payloads, min_size=1, max_size=3), "topic": names, "partition": st.integers(0, 99),
            "keys": st.none() | st.lists(st.none() | st.binary(max_size=8), max_size=3),
            "headers": st.lists(st.tuples(names, st.binary(max_size=8) | texts), max_size=3),
            "self_managed": st.booleans(),
        },
        "kafka",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(payloads, min_size=1, max_size=4),
    keys=st.lists(st.none() | st.binary(max_size=8), max_size=4),
    headers=st.lists(st.tuples(names, st.binary(max_size=8)), max_size=3),
)
def test_kafka_values_keys_and_headers_decode_back(
    values: list[Any], keys: list[bytes | None], headers: list[tuple[str, bytes]]
) -> None:
    event = factories.kafka_event(values=values, keys=keys, headers=headers, topic="orders", partition=3)
    records = event["records"]["orders-3"]
    assert [lambda_events.decode_kafka_value(record) for record in records] == [as_bytes(value) for value in values]
    expected_keys = [keys[index] if index < len(keys) else None for index in range(len(values))]
    assert [lambda_events.decode_kafka_key(record) for record in records] == expected_keys
    assert all(lambda_events.decode_kafka_headers(record) == headers for record in records)
    first = records[0]["offset"]
    assert [record["offset"] for record in records] == list(range(first, first + len(values)))
