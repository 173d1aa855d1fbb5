"""Amazon EMR events (`source` `aws.emr`): cluster state changes and step status changes.

Authority: the Amazon EMR Management Guide ("Monitor Amazon EMR events with EventBridge": the event types,
their severities and examples) and the EMR API Reference (`ClusterState`, `StepState`, `ActionOnFailure`).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "EMRClusterStateChangeDetailDict",
    "EMRClusterStateChangeEventDict",
    "EMRSeverity",
    "EMRStepStatusChangeDetailDict",
    "EMRStepStatusChangeEventDict",
]

EVENTS = {
    "EMRClusterStateChangeEventDict": ("aws.emr", "EMR Cluster State Change"),
    "EMRStepStatusChangeEventDict": ("aws.emr", "EMR Step Status Change"),
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
