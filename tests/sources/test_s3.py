"""Amazon S3 notifications: the factories of `lambda_events.testing.s3`
and the types of `lambda_events.types.s3`."""

from __future__ import annotations

import typing

from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    texts,
)

CASES = [
    Case(
        factories.s3_event,
        {
            "keys": st.lists(texts.filter(bool), min_size=1, max_size=3), "bucket": names,
            "event_name": st.sampled_from(typing.get_args(lambda_events.S3EventName)), "size": st.integers(0, 2 ** 40),
            "version_id": st.none() | names,
        },
        "s3",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_s3_keys_are_encoded_as_s3_does() -> None:
    record = factories.s3_event(keys=["reports/2024 Q1/a+b é.csv"])["Records"][0]
    assert record["s3"]["object"]["key"] == "reports/2024+Q1/a%2Bb+%C3%A9.csv"
    removed = factories.s3_event(event_name="ObjectRemoved:Delete")["Records"][0]["s3"]["object"]
    assert "size" not in removed and "eTag" not in removed
