"""A custom termination policy: within each zone and market to scale
in, terminate as many instances as asked, Spot capacity first."""

from lambda_events import (
    AutoScalingTerminationPolicyEventDict,
    AutoScalingTerminationPolicyResponseDict,
)


def handler(
    event: AutoScalingTerminationPolicyEventDict, context: object
) -> AutoScalingTerminationPolicyResponseDict:
    chosen: list[str] = []
    requests = sorted(
        event["CapacityToTerminate"], key=lambda request: request["InstanceMarketOption"] != "spot"
    )
    for request in requests:
        matching = [
            instance["InstanceId"]
            for instance in event["Instances"]
            if instance["AvailabilityZone"] == request["AvailabilityZone"]
            and instance["InstanceMarketOption"] == request["InstanceMarketOption"]
        ]
        chosen.extend(matching[: request["Capacity"]])
    return {"InstanceIDs": chosen}
