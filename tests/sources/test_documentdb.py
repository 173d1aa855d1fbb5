"""Amazon DocumentDB change streams: the factories of `lambda_events.testing.documentdb`
and the types of `lambda_events.types.documentdb`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
)

CASES = [
    Case(
        factories.documentdb_event,
        {
            "documents": st.lists(json_objects, min_size=1, max_size=3),
            "operation": st.sampled_from(["insert", "update", "replace", "delete"]), "database": names,
            "collection": names,
        },
        "documentdb",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
