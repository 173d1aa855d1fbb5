"""Amazon S3 Object Lambda: the factories of `lambda_events.testing.s3_object_lambda`
and the types of `lambda_events.types.s3_object_lambda`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    texts,
)

CASES = [
    Case(
        factories.s3_object_lambda_event,
        {
            "operation": st.sampled_from(["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"]), "key": texts,
            "access_point": names, "payload": st.none() | texts,
        },
        "s3_object_lambda",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
