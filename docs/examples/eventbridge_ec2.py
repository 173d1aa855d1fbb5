"""One function for an Auto Scaling-free fleet's EC2 events: state changes, Spot interruption warnings and
rebalance recommendations, told apart by `detail-type`."""

from __future__ import annotations

from typing import Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.ec2 import (
    EC2InstanceRebalanceRecommendationEventDict,
    EC2InstanceStateChangeEventDict,
    EC2SpotInstanceInterruptionWarningEventDict,
)

FleetEventDict = Union[
    EC2InstanceStateChangeEventDict,
    EC2SpotInstanceInterruptionWarningEventDict,
    EC2InstanceRebalanceRecommendationEventDict,
]
"""Every event the rule (`"source": ["aws.ec2"]` and these three detail-types) sends the function."""


def handler(event: FleetEventDict, context: LambdaContext) -> str | None:
    """What to do about the instance: replace it when it is going away, nothing otherwise."""
    instance = event["detail"]["instance-id"]
    if event["detail-type"] == "EC2 Instance State-change Notification":
        # Narrowed: `state` exists here, and is one of the six documented states.
        if event["detail"]["state"] in ("stopped", "terminated"):
            return f"replace {instance}: {event['detail']['state']} at {event['time']}"
        return None
    if event["detail-type"] == "EC2 Spot Instance Interruption Warning":
        return f"drain {instance}: Spot will {event['detail']['instance-action']} it in two minutes"
    return f"launch a spare for {instance}: rebalance recommended"
