"""Amazon S3 events through EventBridge: the factories of `lambda_events.testing.s3_eventbridge`
and the types of `lambda_events.types.s3_eventbridge`."""

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
        factories.s3_eventbridge_event,
        {
            "key": texts, "bucket": names, "size": st.integers(0, 2 ** 40),
            "detail_type": st.sampled_from(typing.get_args(lambda_events.S3EventBridgeDetailType)),
        },
        "s3_eventbridge",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
