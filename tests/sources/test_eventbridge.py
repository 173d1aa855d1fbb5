"""Amazon EventBridge: the factories of `lambda_events.testing.eventbridge`
and the types of `lambda_events.types.eventbridge`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
    texts,
)

CASES = [
    Case(
        factories.eventbridge_event,
        {
            "detail": json_objects, "detail_type": texts, "source": names, "resources": st.lists(names, max_size=2),
        },
        "eventbridge",
    ),
    Case(factories.eventbridge_scheduled_event, {"rule": names}, "eventbridge_scheduled"),
]

test_factories_make_valid_events = factory_test(CASES)
