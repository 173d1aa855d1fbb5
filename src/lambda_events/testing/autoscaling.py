"""Test events of EC2 Auto Scaling custom termination policies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.autoscaling import (
        AutoScalingCapacityToTerminateDict,
        AutoScalingInstanceDict,
        AutoScalingInstanceMarketOption,
        AutoScalingTerminationCause,
        AutoScalingTerminationPolicyEventDict,
    )

__all__ = ["autoscaling_event"]

_CAUSES = ("SCALE_IN", "INSTANCE_REFRESH", "MAX_INSTANCE_LIFETIME", "REBALANCE")
_MARKETS = ("on-demand", "spot")


def autoscaling_event(
    *,
    instances: Sequence[tuple[str, AutoScalingInstanceMarketOption]] = (("a", "on-demand"), ("a", "on-demand")),
    terminate: int = 1,
    cause: AutoScalingTerminationCause = "SCALE_IN",
    group: str = "web-asg",
    instance_type: str = "t3.micro",
    has_more_instances: Optional[bool] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AutoScalingTerminationPolicyEventDict:
    """A termination policy request for a group with `instances` (each an Availability Zone letter and a
    market), asking to terminate `terminate` instances of the first instance's zone and market.

    Raises `ValueError` for no instances, a `terminate` outside 1 to the number of instances of that zone and
    market, an unknown cause or market, or a zone that is not one letter.
    """
    if not instances:
        raise ValueError("instances must list at least one instance")
    if cause not in _CAUSES:
        raise ValueError(f"cause must be one of {', '.join(_CAUSES)}, not {cause!r}")
    for zone, market in instances:
        if len(zone) != 1 or not zone.isalpha():
            raise ValueError(f"instances: the zone {zone!r} is not one letter")
        if market not in _MARKETS:
            raise ValueError(f"instances: the market {market!r} is not one of {', '.join(_MARKETS)}")
    candidates = [instance for instance in instances if instance == instances[0]]
    if not 1 <= terminate <= len(candidates):
        raise ValueError(f"terminate must be from 1 to {len(candidates)}, not {terminate}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    listed: list[AutoScalingInstanceDict] = [
        {
            "AvailabilityZone": f"{scene.region}{zone}",
            "InstanceId": f"i-{scene.hex(17)}",
            "InstanceType": instance_type,
            "InstanceMarketOption": market,
        }
        for zone, market in instances
    ]
    capacity: AutoScalingCapacityToTerminateDict = {
        "AvailabilityZone": listed[0]["AvailabilityZone"],
        "Capacity": terminate,
        "InstanceMarketOption": listed[0]["InstanceMarketOption"],
    }
    event: AutoScalingTerminationPolicyEventDict = {
        "AutoScalingGroupARN": scene.arn("autoscaling", f"autoScalingGroup:{scene.uuid()}:autoScalingGroupName/{group}"),
        "AutoScalingGroupName": group,
        "CapacityToTerminate": [capacity],
        "Instances": listed,
        "Cause": cause,
    }
    if has_more_instances is not None:
        event["HasMoreInstances"] = has_more_instances
    return event
