"""Amazon CloudWatch dashboard custom widgets: the factories of `lambda_events.testing.cloudwatch_dashboard`
and the types of `lambda_events.types.cloudwatch_dashboard`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    texts,
)

CASES = [
    Case(
        factories.cloudwatch_dashboard_event,
        {
            "params": st.none() | json_objects, "describe": st.booleans(), "title": texts,
        },
        "cloudwatch_dashboard",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
