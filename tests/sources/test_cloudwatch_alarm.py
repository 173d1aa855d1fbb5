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
            "previous_state": st.none() | st.sampled_from(["OK", "ALARM", "INSUFFICIENT_DATA"]),
            "threshold": st.floats(-1000000000.0, 1000000000.0), "dimensions": st.none() | string_maps,
            "composite_rule": st.none() | texts,
        },
        "cloudwatch_alarm",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_a_first_state_has_no_previous_state_and_a_bare_metric_no_dimensions() -> None:
    event = factories.cloudwatch_alarm_event(previous_state=None, seed=1)
    assert "previousState" not in event["alarmData"]
    configuration = event["alarmData"]["configuration"]
    assert "metrics" in configuration
    assert "dimensions" not in configuration["metrics"][0].get("metricStat", {"metric": {}})["metric"]
    with_dimensions = factories.cloudwatch_alarm_event(dimensions={"FunctionName": "orders"}, seed=1)
    assert with_dimensions["alarmData"].get("previousState", {}).get("value") == "OK"
