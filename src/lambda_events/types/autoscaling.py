"""Amazon EC2 Auto Scaling custom termination policies: the scale-in request a termination policy function
receives, and the instances it answers to terminate."""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AutoScalingCapacityToTerminateDict",
    "AutoScalingInstanceDict",
    "AutoScalingInstanceMarketOption",
    "AutoScalingTerminationCause",
    "AutoScalingTerminationPolicyEventDict",
    "AutoScalingTerminationPolicyResponseDict",
]

AutoScalingInstanceMarketOption = Literal["on-demand", "spot"]
"""How an instance is purchased (the EC2 Auto Scaling user guide, "Create a custom termination policy with
Lambda")."""

AutoScalingTerminationCause = Literal["SCALE_IN", "INSTANCE_REFRESH", "MAX_INSTANCE_LIFETIME", "REBALANCE"]
"""Why the group terminates instances (same page): a scale-in, an instance refresh, instances reaching the
maximum instance lifetime, or rebalancing across Availability Zones."""


class AutoScalingCapacityToTerminateDict(TypedDict):
    """How much capacity to terminate in one Availability Zone and market."""

    AvailabilityZone: str
    """The Availability Zone."""
    Capacity: int
    """How many instances (or units, with instance weights) to terminate there."""
    InstanceMarketOption: AutoScalingInstanceMarketOption
    """Whether the capacity is On-Demand or Spot."""


class AutoScalingInstanceDict(TypedDict):
    """An instance the policy may choose."""

    AvailabilityZone: str
    """The instance's Availability Zone."""
    InstanceId: str
    """The instance's id (`i-...`)."""
    InstanceType: str
    """The instance type (`t3.micro`)."""
    InstanceMarketOption: AutoScalingInstanceMarketOption
    """Whether the instance is On-Demand or Spot."""


class AutoScalingTerminationPolicyEventDict(TypedDict):
    """A request to choose which instances of a group to terminate."""

    AutoScalingGroupARN: str
    """The group's ARN."""
    AutoScalingGroupName: str
    """The group's name."""
    CapacityToTerminate: list[AutoScalingCapacityToTerminateDict]
    """The capacity to terminate, per Availability Zone and market."""
    Instances: list[AutoScalingInstanceDict]
    """The instances EC2 Auto Scaling suggests, within the Availability Zones and markets to scale in."""
    Cause: AutoScalingTerminationCause
    """Why instances are terminated."""
    HasMoreInstances: NotRequired[bool]
    """`true` when the group has more instances than the event lists (the payload size limit); the policy
    may return only listed ids. Absent in AWS's examples of small groups."""


class AutoScalingTerminationPolicyResponseDict(TypedDict):
    """The instances to terminate, in the order of preference; EC2 Auto Scaling falls back to its default
    policy when the answer is empty, invalid or late."""

    InstanceIDs: list[str]
    """The ids of the instances to terminate, among those of the request."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

AutoScalingTerminationPolicyHandler = Callable[
    ["AutoScalingTerminationPolicyEventDict", "LambdaContext"],
    "AutoScalingTerminationPolicyResponseDict",
]
"""A custom termination policy; return the ids of the instances to terminate, preferred first."""

__all__ += ["AutoScalingTerminationPolicyHandler"]
# --- end generated handler aliases ---
