"""Amazon EC2 Auto Scaling events (`source` `aws.autoscaling`): instance launches and terminations (successful or
not), lifecycle actions, and instance refreshes.

Authority: the EC2 Auto Scaling User Guide ("Amazon EC2 Auto Scaling event reference", "Warm pool event
types and patterns", "Instance refresh events"). `Origin` and `Destination` are documented for the
current events but absent from the console's older samples, so they are `NotRequired`.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AutoScalingActivityDetailsDict",
    "AutoScalingInstanceActivityDetailDict",
    "AutoScalingInstanceRefreshDetailDict",
    "AutoScalingLocation",
    "EC2AutoScalingInstanceRefreshCancelledEventDict",
    "EC2AutoScalingInstanceRefreshCheckpointReachedDetailDict",
    "EC2AutoScalingInstanceRefreshCheckpointReachedEventDict",
    "EC2AutoScalingInstanceRefreshFailedEventDict",
    "EC2AutoScalingInstanceRefreshStartedEventDict",
    "EC2AutoScalingInstanceRefreshSucceededEventDict",
    "EC2InstanceLaunchLifecycleActionDetailDict",
    "EC2InstanceLaunchLifecycleActionEventDict",
    "EC2InstanceLaunchSuccessfulEventDict",
    "EC2InstanceLaunchUnsuccessfulEventDict",
    "EC2InstanceTerminateLifecycleActionDetailDict",
    "EC2InstanceTerminateLifecycleActionEventDict",
    "EC2InstanceTerminateSuccessfulEventDict",
    "EC2InstanceTerminateUnsuccessfulEventDict",
]

EVENTS = {
    "EC2InstanceLaunchSuccessfulEventDict": ("aws.autoscaling", "EC2 Instance Launch Successful"),
    "EC2InstanceLaunchUnsuccessfulEventDict": ("aws.autoscaling", "EC2 Instance Launch Unsuccessful"),
    "EC2InstanceTerminateSuccessfulEventDict": ("aws.autoscaling", "EC2 Instance Terminate Successful"),
    "EC2InstanceTerminateUnsuccessfulEventDict": ("aws.autoscaling", "EC2 Instance Terminate Unsuccessful"),
    "EC2InstanceLaunchLifecycleActionEventDict": ("aws.autoscaling", "EC2 Instance-launch Lifecycle Action"),
    "EC2InstanceTerminateLifecycleActionEventDict": ("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action"),
    "EC2AutoScalingInstanceRefreshStartedEventDict": ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Started"),
    "EC2AutoScalingInstanceRefreshCheckpointReachedEventDict": ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Checkpoint Reached"),
    "EC2AutoScalingInstanceRefreshSucceededEventDict": ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Succeeded"),
    "EC2AutoScalingInstanceRefreshFailedEventDict": ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Failed"),
    "EC2AutoScalingInstanceRefreshCancelledEventDict": ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Cancelled"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

AutoScalingLocation = Literal["EC2", "AutoScalingGroup", "WarmPool"]
"""Where an instance comes from or goes to (`Origin`, `Destination`): the three values the warm pool
documentation lists."""

_AutoScalingActivityDetailsKeys = TypedDict(
    "_AutoScalingActivityDetailsKeys",
    {"Availability Zone": str, "Subnet ID": NotRequired[str]},
)
"""The keys of an activity's `Details`, whose names are not Python identifiers.

- `Availability Zone`: the Availability Zone of the instance.
- `Subnet ID`: the subnet of the instance; absent for groups outside a VPC.
"""


class AutoScalingActivityDetailsDict(_AutoScalingActivityDetailsKeys):
    """Where the instance was launched or terminated; the keys are documented on the base above."""


class AutoScalingInstanceActivityDetailDict(TypedDict):
    """The `detail` of the four instance activity events (`EC2 Instance Launch Successful`, `EC2 Instance
    Launch Unsuccessful`, `EC2 Instance Terminate Successful`, `EC2 Instance Terminate Unsuccessful`)."""

    StatusCode: str
    """The activity's status (`InProgress`, `Successful`, `Failed`, `Cancelled`...)."""
    AutoScalingGroupName: str
    """The group's name."""
    ActivityId: str
    """The id of the scaling activity."""
    Details: AutoScalingActivityDetailsDict
    """Where the instance is."""
    RequestId: str
    """The id of the request (the activity's id)."""
    EndTime: str
    """When the activity ended, ISO 8601."""
    EC2InstanceId: str
    """The instance; empty when a launch failed before an instance existed."""
    StartTime: str
    """When the activity started, ISO 8601."""
    Cause: str
    """Why the activity happened, in words (`At 2024-... a user request ... changing the desired capacity`)."""
    Description: NotRequired[str]
    """The activity in words (`Launching a new EC2 instance: i-...`); absent from some samples."""
    StatusMessage: NotRequired[str]
    """Why the activity failed; empty or absent when it did not."""
    Origin: NotRequired[AutoScalingLocation]
    """Where the instance came from (`EC2` for a new instance, `WarmPool`)."""
    Destination: NotRequired[AutoScalingLocation]
    """Where the instance went (`AutoScalingGroup`, `WarmPool`, `EC2` on termination)."""


class _AutoScalingLifecycleActionDict(TypedDict):
    """The keys both lifecycle action details share."""

    LifecycleActionToken: str
    """The token to pass to `CompleteLifecycleAction`."""
    AutoScalingGroupName: str
    """The group's name."""
    LifecycleHookName: str
    """The lifecycle hook's name."""
    EC2InstanceId: str
    """The instance waiting in the hook."""
    NotificationMetadata: NotRequired[str]
    """The metadata set on the hook; absent when the hook has none."""
    Origin: NotRequired[AutoScalingLocation]
    """Where the instance comes from."""
    Destination: NotRequired[AutoScalingLocation]
    """Where the instance goes."""


class EC2InstanceLaunchLifecycleActionDetailDict(_AutoScalingLifecycleActionDict):
    """The `detail` of `EC2 Instance-launch Lifecycle Action`: an instance waits in a launch hook."""

    LifecycleTransition: Literal["autoscaling:EC2_INSTANCE_LAUNCHING"]
    """Always `autoscaling:EC2_INSTANCE_LAUNCHING`."""


class EC2InstanceTerminateLifecycleActionDetailDict(_AutoScalingLifecycleActionDict):
    """The `detail` of `EC2 Instance-terminate Lifecycle Action`: an instance waits in a termination hook."""

    LifecycleTransition: Literal["autoscaling:EC2_INSTANCE_TERMINATING"]
    """Always `autoscaling:EC2_INSTANCE_TERMINATING`."""


class AutoScalingInstanceRefreshDetailDict(TypedDict):
    """The `detail` of the instance refresh events that carry no checkpoint (`Started`, `Succeeded`,
    `Failed`, `Cancelled`)."""

    InstanceRefreshId: str
    """The instance refresh's id."""
    AutoScalingGroupName: str
    """The group's name."""


class EC2AutoScalingInstanceRefreshCheckpointReachedDetailDict(AutoScalingInstanceRefreshDetailDict):
    """The `detail` of `EC2 Auto Scaling Instance Refresh Checkpoint Reached`."""

    CheckpointPercentage: str
    """The percentage of instances replaced at this checkpoint, as text (`20`)."""
    CheckpointDelay: str
    """The seconds the refresh waits at this checkpoint, as text (`3600`)."""


_EC2InstanceLaunchSuccessfulRouting = TypedDict(
    "_EC2InstanceLaunchSuccessfulRouting",
    {"detail-type": Literal["EC2 Instance Launch Successful"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance Launch Successful`.
"""


class EC2InstanceLaunchSuccessfulEventDict(_EC2InstanceLaunchSuccessfulRouting, EventBridgeEnvelopeDict):
    """Auto Scaling launched an instance; `resources` holds the group's and the instance's ARNs."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceActivityDetailDict
    """The event's data."""


_EC2InstanceLaunchUnsuccessfulRouting = TypedDict(
    "_EC2InstanceLaunchUnsuccessfulRouting",
    {"detail-type": Literal["EC2 Instance Launch Unsuccessful"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance Launch Unsuccessful`.
"""


class EC2InstanceLaunchUnsuccessfulEventDict(_EC2InstanceLaunchUnsuccessfulRouting, EventBridgeEnvelopeDict):
    """Auto Scaling failed to launch an instance; `StatusMessage` says why."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceActivityDetailDict
    """The event's data."""


_EC2InstanceTerminateSuccessfulRouting = TypedDict(
    "_EC2InstanceTerminateSuccessfulRouting",
    {"detail-type": Literal["EC2 Instance Terminate Successful"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance Terminate Successful`.
"""


class EC2InstanceTerminateSuccessfulEventDict(_EC2InstanceTerminateSuccessfulRouting, EventBridgeEnvelopeDict):
    """Auto Scaling terminated an instance."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceActivityDetailDict
    """The event's data."""


_EC2InstanceTerminateUnsuccessfulRouting = TypedDict(
    "_EC2InstanceTerminateUnsuccessfulRouting",
    {"detail-type": Literal["EC2 Instance Terminate Unsuccessful"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance Terminate Unsuccessful`.
"""


class EC2InstanceTerminateUnsuccessfulEventDict(_EC2InstanceTerminateUnsuccessfulRouting, EventBridgeEnvelopeDict):
    """Auto Scaling failed to terminate an instance."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceActivityDetailDict
    """The event's data."""


_EC2InstanceLaunchLifecycleActionRouting = TypedDict(
    "_EC2InstanceLaunchLifecycleActionRouting",
    {"detail-type": Literal["EC2 Instance-launch Lifecycle Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance-launch Lifecycle Action`.
"""


class EC2InstanceLaunchLifecycleActionEventDict(_EC2InstanceLaunchLifecycleActionRouting, EventBridgeEnvelopeDict):
    """An instance is waiting in a launch lifecycle hook until the hook is completed or times out; `resources` holds the group's ARN."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: EC2InstanceLaunchLifecycleActionDetailDict
    """The event's data."""


_EC2InstanceTerminateLifecycleActionRouting = TypedDict(
    "_EC2InstanceTerminateLifecycleActionRouting",
    {"detail-type": Literal["EC2 Instance-terminate Lifecycle Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance-terminate Lifecycle Action`.
"""


class EC2InstanceTerminateLifecycleActionEventDict(_EC2InstanceTerminateLifecycleActionRouting, EventBridgeEnvelopeDict):
    """An instance is waiting in a termination lifecycle hook until the hook is completed or times out."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: EC2InstanceTerminateLifecycleActionDetailDict
    """The event's data."""


_EC2AutoScalingInstanceRefreshStartedRouting = TypedDict(
    "_EC2AutoScalingInstanceRefreshStartedRouting",
    {"detail-type": Literal["EC2 Auto Scaling Instance Refresh Started"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Auto Scaling Instance Refresh Started`.
"""


class EC2AutoScalingInstanceRefreshStartedEventDict(_EC2AutoScalingInstanceRefreshStartedRouting, EventBridgeEnvelopeDict):
    """An instance refresh started."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceRefreshDetailDict
    """The event's data."""


_EC2AutoScalingInstanceRefreshCheckpointReachedRouting = TypedDict(
    "_EC2AutoScalingInstanceRefreshCheckpointReachedRouting",
    {"detail-type": Literal["EC2 Auto Scaling Instance Refresh Checkpoint Reached"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Auto Scaling Instance Refresh Checkpoint Reached`.
"""


class EC2AutoScalingInstanceRefreshCheckpointReachedEventDict(_EC2AutoScalingInstanceRefreshCheckpointReachedRouting, EventBridgeEnvelopeDict):
    """An instance refresh reached a checkpoint and waits."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: EC2AutoScalingInstanceRefreshCheckpointReachedDetailDict
    """The event's data."""


_EC2AutoScalingInstanceRefreshSucceededRouting = TypedDict(
    "_EC2AutoScalingInstanceRefreshSucceededRouting",
    {"detail-type": Literal["EC2 Auto Scaling Instance Refresh Succeeded"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Auto Scaling Instance Refresh Succeeded`.
"""


class EC2AutoScalingInstanceRefreshSucceededEventDict(_EC2AutoScalingInstanceRefreshSucceededRouting, EventBridgeEnvelopeDict):
    """An instance refresh succeeded."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceRefreshDetailDict
    """The event's data."""


_EC2AutoScalingInstanceRefreshFailedRouting = TypedDict(
    "_EC2AutoScalingInstanceRefreshFailedRouting",
    {"detail-type": Literal["EC2 Auto Scaling Instance Refresh Failed"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Auto Scaling Instance Refresh Failed`.
"""


class EC2AutoScalingInstanceRefreshFailedEventDict(_EC2AutoScalingInstanceRefreshFailedRouting, EventBridgeEnvelopeDict):
    """An instance refresh failed."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceRefreshDetailDict
    """The event's data."""


_EC2AutoScalingInstanceRefreshCancelledRouting = TypedDict(
    "_EC2AutoScalingInstanceRefreshCancelledRouting",
    {"detail-type": Literal["EC2 Auto Scaling Instance Refresh Cancelled"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Auto Scaling Instance Refresh Cancelled`.
"""


class EC2AutoScalingInstanceRefreshCancelledEventDict(_EC2AutoScalingInstanceRefreshCancelledRouting, EventBridgeEnvelopeDict):
    """An instance refresh was cancelled."""

    source: Literal["aws.autoscaling"]
    """Always `aws.autoscaling`."""
    detail: AutoScalingInstanceRefreshDetailDict
    """The event's data."""
