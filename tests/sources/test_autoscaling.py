"""EC2 Auto Scaling custom termination policies: the factories of `lambda_events.testing.autoscaling`
and the types of `lambda_events.types.autoscaling`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import Case, factory_test, names

CASES = [
    Case(
        factories.autoscaling_event,
        {
            "instances": st.lists(
                st.tuples(st.sampled_from("abc"), st.sampled_from(["on-demand", "spot"])), min_size=1, max_size=6
            ).map(lambda instances: [instances[0], *instances]),
            "terminate": st.just(1),
            "cause": st.sampled_from(["SCALE_IN", "INSTANCE_REFRESH", "MAX_INSTANCE_LIFETIME", "REBALANCE"]),
            "group": names, "has_more_instances": st.none() | st.booleans(),
        },
        "autoscaling",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_the_capacity_names_the_first_instances_zone_and_market() -> None:
    event = factories.autoscaling_event(instances=[("b", "spot"), ("b", "spot"), ("a", "on-demand")], terminate=2)
    assert event["CapacityToTerminate"] == [
        {"AvailabilityZone": "us-east-1b", "Capacity": 2, "InstanceMarketOption": "spot"}
    ]
    assert [instance["AvailabilityZone"] for instance in event["Instances"]] == ["us-east-1b"] * 2 + ["us-east-1a"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"instances": []}, "at least one"),
        ({"terminate": 3}, "terminate must be from 1 to 2"),
        ({"cause": "SCALE_OUT"}, "cause"),
        ({"instances": [("zz", "spot")]}, "one letter"),
        ({"instances": [("a", "reserved")]}, "market"),
    ],
)
def test_bad_arguments_are_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factories.autoscaling_event(**arguments)
