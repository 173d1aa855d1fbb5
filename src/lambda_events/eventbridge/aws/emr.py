"""Amazon EMR events (`source` `aws.emr`): cluster state changes and step status changes.

Authority: the Amazon EMR Management Guide ("Monitor Amazon EMR events with EventBridge": the event types,
their severities and examples) and the EMR API Reference (`ClusterState`, `StepState`, `ActionOnFailure`).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "EMRAutoScalingPolicyStateChangeDetailDict",
    "EMRAutoScalingPolicyStateChangeEventDict",
    "EMRClusterStateChangeDetailDict",
    "EMRClusterStateChangeEventDict",
    "EMRConfigurationErrorDetailDict",
    "EMRConfigurationErrorEventDict",
    "EMRInstanceFleetStateChangeDetailDict",
    "EMRInstanceFleetStateChangeEventDict",
    "EMRInstanceGroupStateChangeDetailDict",
    "EMRInstanceGroupStateChangeEventDict",
    "EMRSeverity",
    "EMRStepStatusChangeDetailDict",
    "EMRStepStatusChangeEventDict",
]

EVENTS = {
    "EMRClusterStateChangeEventDict": ("aws.emr", "EMR Cluster State Change"),
    "EMRStepStatusChangeEventDict": ("aws.emr", "EMR Step Status Change"),
    "EMRInstanceGroupStateChangeEventDict": ("aws.emr", "EMR Instance Group State Change"),
    "EMRInstanceFleetStateChangeEventDict": ("aws.emr", "EMR Instance Fleet State Change"),
    "EMRAutoScalingPolicyStateChangeEventDict": ("aws.emr", "EMR Auto Scaling Policy State Change"),
    "EMRConfigurationErrorEventDict": ("aws.emr", "EMR Configuration Error"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

EMRSeverity = Literal["INFO", "WARN", "ERROR", "CRITICAL"]
"""An EMR event's severity: the values the EMR Management Guide lists."""


class EMRClusterStateChangeDetailDict(TypedDict):
    """The `detail` of `EMR Cluster State Change`."""

    severity: EMRSeverity
    """`INFO` for progress, `WARN`/`CRITICAL` for a cluster ending with errors."""
    stateChangeReason: str
    """The reason as JSON text: `{"code": "USER_REQUEST", "message": "Terminated by user request"}`;
    `{"code":""}` while starting."""
    name: str
    """The cluster's name."""
    clusterId: str
    """The cluster's id (`j-...`)."""
    state: Literal["STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING", "TERMINATED", "TERMINATED_WITH_ERRORS"]
    """The state the cluster entered: the `ClusterState` values of the EMR API Reference."""
    message: str
    """The change in words."""


class EMRStepStatusChangeDetailDict(TypedDict):
    """The `detail` of `EMR Step Status Change`."""

    severity: EMRSeverity
    """`INFO` for progress, `ERROR` for a failed step, `WARN` for a cancelled one."""
    actionOnFailure: Literal["TERMINATE_JOB_FLOW", "TERMINATE_CLUSTER", "CANCEL_AND_WAIT", "CONTINUE"]
    """What the cluster does when the step fails: the `ActionOnFailure` values of the EMR API Reference."""
    stepId: str
    """The step's id (`s-...`)."""
    name: str
    """The step's name."""
    clusterId: str
    """The cluster's id."""
    state: Literal["PENDING", "CANCEL_PENDING", "RUNNING", "COMPLETED", "CANCELLED", "FAILED", "INTERRUPTED"]
    """The state the step entered: the `StepState` values of the EMR API Reference."""
    message: str
    """The change in words."""


_EMRClusterStateChangeRouting = TypedDict(
    "_EMRClusterStateChangeRouting",
    {"detail-type": Literal["EMR Cluster State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Cluster State Change`.
"""


class EMRClusterStateChangeEventDict(_EMRClusterStateChangeRouting, EventBridgeEnvelopeDict):
    """A cluster changed state; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRClusterStateChangeDetailDict
    """The event's data."""


_EMRStepStatusChangeRouting = TypedDict(
    "_EMRStepStatusChangeRouting",
    {"detail-type": Literal["EMR Step Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Step Status Change`.
"""


class EMRStepStatusChangeEventDict(_EMRStepStatusChangeRouting, EventBridgeEnvelopeDict):
    """A step changed state; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRStepStatusChangeDetailDict
    """The event's data."""


# --- EMR Instance Group State Change, Instance Fleet State Change -------------------------------------------


class EMRInstanceGroupStateChangeDetailDict(TypedDict):
    """The `detail` of `EMR Instance Group State Change`: a resize of an instance group started or ended; the
    counts are text."""

    market: Literal["ON_DEMAND", "SPOT"]
    """How the group's instances are bought."""
    severity: EMRSeverity
    """`INFO`, or `WARN` when a resize could not complete."""
    requestedInstanceCount: str
    """The instances the group should have."""
    instanceType: str
    """The group's instance type."""
    instanceGroupType: Literal["MASTER", "CORE", "TASK"]
    """The group's role in the cluster."""
    instanceGroupId: str
    """The group's id (`ig-...`)."""
    clusterId: str
    """The cluster's id."""
    runningInstanceCount: str
    """The instances running."""
    state: str
    """The group's state (`PROVISIONING`, `RESIZING`, `RUNNING`, `SUSPENDED`...)."""
    message: str
    """The change in words."""


class EMRInstanceFleetStateChangeDetailDict(TypedDict):
    """The `detail` of `EMR Instance Fleet State Change`: a resize of an instance fleet started or ended."""

    severity: EMRSeverity
    """`INFO`, or `WARN` when a resize could not complete."""
    provisionedSpotCapacity: int
    """The Spot units provisioned."""
    targetSpotCapacity: int
    """The Spot units wanted."""
    provisionedOnDemandCapacity: int
    """The On-Demand units provisioned."""
    targetOnDemandCapacity: int
    """The On-Demand units wanted."""
    clusterId: str
    """The cluster's id."""
    state: str
    """The fleet's state (`PROVISIONING`, `RESIZING`, `RUNNING`, `SUSPENDED`...)."""
    instanceFleetId: str
    """The fleet's id (`if-...`)."""
    instanceFleetType: Literal["MASTER", "CORE", "TASK"]
    """The fleet's role in the cluster."""
    message: str
    """The change in words."""


class EMRAutoScalingPolicyStateChangeDetailDict(TypedDict):
    """The `detail` of `EMR Auto Scaling Policy State Change`."""

    resourceId: str
    """The instance group the policy scales."""
    clusterId: str
    """The cluster's id."""
    state: str
    """The policy's state (`PENDING`, `ATTACHING`, `ATTACHED`, `DETACHING`, `DETACHED`, `FAILED`)."""
    message: str
    """The change in words."""
    scalingResourceType: str
    """`INSTANCE_GROUP`."""


class EMRConfigurationErrorDetailDict(TypedDict):
    """The `detail` of `EMR Configuration Error`: the cluster's configuration stops it from working."""

    description: str
    """The error in words."""
    clusterId: str
    """The cluster's id."""
    severity: EMRSeverity
    """`ERROR`."""


_EMRInstanceGroupStateChangeRouting = TypedDict(
    "_EMRInstanceGroupStateChangeRouting",
    {"detail-type": Literal["EMR Instance Group State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Instance Group State Change`.
"""


class EMRInstanceGroupStateChangeEventDict(_EMRInstanceGroupStateChangeRouting, EventBridgeEnvelopeDict):
    """An instance group's size or state changed; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRInstanceGroupStateChangeDetailDict
    """The event's data."""


_EMRInstanceFleetStateChangeRouting = TypedDict(
    "_EMRInstanceFleetStateChangeRouting",
    {"detail-type": Literal["EMR Instance Fleet State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Instance Fleet State Change`.
"""


class EMRInstanceFleetStateChangeEventDict(_EMRInstanceFleetStateChangeRouting, EventBridgeEnvelopeDict):
    """An instance fleet's capacity or state changed; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRInstanceFleetStateChangeDetailDict
    """The event's data."""


_EMRAutoScalingPolicyStateChangeRouting = TypedDict(
    "_EMRAutoScalingPolicyStateChangeRouting",
    {"detail-type": Literal["EMR Auto Scaling Policy State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Auto Scaling Policy State Change`.
"""


class EMRAutoScalingPolicyStateChangeEventDict(_EMRAutoScalingPolicyStateChangeRouting, EventBridgeEnvelopeDict):
    """An automatic scaling policy changed state; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRAutoScalingPolicyStateChangeDetailDict
    """The event's data."""


_EMRConfigurationErrorRouting = TypedDict(
    "_EMRConfigurationErrorRouting",
    {"detail-type": Literal["EMR Configuration Error"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EMR Configuration Error`.
"""


class EMRConfigurationErrorEventDict(_EMRConfigurationErrorRouting, EventBridgeEnvelopeDict):
    """EMR found an error in the cluster's configuration; `resources` is empty."""

    source: Literal["aws.emr"]
    """Always `aws.emr`."""
    detail: EMRConfigurationErrorDetailDict
    """The event's data."""
