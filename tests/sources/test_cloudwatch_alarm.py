"""Amazon CloudWatch alarm actions: the factories of `lambda_events.testing.cloudwatch_alarm`
and the types of `lambda_events.types.cloudwatch_alarm`."""

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
        factories.cloudwatch_alarm_event,
        {
            "alarm": names, "state": st.sampled_from(["OK", "ALARM", "INSUFFICIENT_DATA"]),
            "previous_state": st.sampled_from(["OK", "ALARM", "INSUFFICIENT_DATA"]),
            "threshold": st.floats(-1000000000.0, 1000000000.0), "dimensions": string_maps,
            "composite_rule": st.none() | texts,
        },
        "cloudwatch_alarm",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
