"""Amazon S3 Batch Operations: the factories of `lambda_events.testing.s3_batch_operation`
and the types of `lambda_events.types.s3_batch_operation`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    string_maps,
    texts,
)

CASES = [
    Case(
        factories.s3_batch_operation_event,
        {
            "keys": st.lists(texts, min_size=1, max_size=2), "bucket": names, "schema_version": st.just("1.0"),
        },
        "s3_batch_operation",
    ),
    Case(
        factories.s3_batch_operation_event,
        {
            "keys": st.lists(texts, min_size=1, max_size=2), "schema_version": st.just("2.0"),
            "user_arguments": string_maps,
        },
        "s3_batch_operation",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
