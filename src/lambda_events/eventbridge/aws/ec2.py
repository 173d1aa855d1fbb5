"""Amazon EC2 and Amazon EBS events (`source` `aws.ec2`): instance state changes, Spot interruption
warnings, rebalance recommendations, and the results of EBS snapshot and volume actions.

Authority: the EC2 User Guide ("State change events for Amazon EC2 instances", "Spot Instance interruption
notices", "EC2 instance rebalance recommendations") and the EBS User Guide ("Amazon EventBridge events for
Amazon EBS", "Monitor snapshot archiving").
"""

from typing import Literal, Optional

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "EBSFastSnapshotRestoreStateChangeNotificationDetailDict",
    "EBSFastSnapshotRestoreStateChangeNotificationEventDict",
    "EBSMultiVolumeSnapshotDict",
    "EBSMultiVolumeSnapshotsCompletionStatusDetailDict",
    "EBSMultiVolumeSnapshotsCompletionStatusEventDict",
    "EBSSnapshotNotificationDetailDict",
    "EBSSnapshotNotificationEventDict",
    "EBSVolumeNotificationDetailDict",
    "EBSVolumeNotificationEventDict",
    "EC2InstanceRebalanceRecommendationDetailDict",
    "EC2InstanceRebalanceRecommendationEventDict",
    "EC2InstanceState",
    "EC2InstanceStateChangeDetailDict",
    "EC2InstanceStateChangeEventDict",
    "EC2SpotInstanceInterruptionWarningDetailDict",
    "EC2SpotInstanceInterruptionWarningEventDict",
    "EC2SpotInstanceRequestFulfillmentDetailDict",
    "EC2SpotInstanceRequestFulfillmentEventDict",
]

EVENTS = {
    "EC2InstanceStateChangeEventDict": ("aws.ec2", "EC2 Instance State-change Notification"),
    "EC2SpotInstanceInterruptionWarningEventDict": ("aws.ec2", "EC2 Spot Instance Interruption Warning"),
    "EC2InstanceRebalanceRecommendationEventDict": ("aws.ec2", "EC2 Instance Rebalance Recommendation"),
    "EBSSnapshotNotificationEventDict": ("aws.ec2", "EBS Snapshot Notification"),
    "EBSVolumeNotificationEventDict": ("aws.ec2", "EBS Volume Notification"),
    "EC2SpotInstanceRequestFulfillmentEventDict": ("aws.ec2", "EC2 Spot Instance Request Fulfillment"),
    "EBSMultiVolumeSnapshotsCompletionStatusEventDict": ("aws.ec2", "EBS Multi-Volume Snapshots Completion Status"),
    "EBSFastSnapshotRestoreStateChangeNotificationEventDict": ("aws.ec2", "EBS Fast Snapshot Restore State-change Notification"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- EC2 Instance State-change Notification -----------------------------------------------------------------

EC2InstanceState = Literal["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]
"""An instance state as the state-change event reports it: the six values the EC2 User Guide lists."""

_EC2InstanceStateChangeHyphenatedKeys = TypedDict(
    "_EC2InstanceStateChangeHyphenatedKeys",
    {"instance-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `instance-id`: the id of the instance whose state changed (`i-1234567890abcdef0`).
"""


class EC2InstanceStateChangeDetailDict(_EC2InstanceStateChangeHyphenatedKeys):
    """The `detail` of `EC2 Instance State-change Notification`; `instance-id` is documented on the base."""

    state: EC2InstanceState
    """The state the instance entered: `pending` then `running` on launch or start, `stopping` then `stopped`
    on stop, `shutting-down` then `terminated` on termination."""


_EC2InstanceStateChangeRouting = TypedDict(
    "_EC2InstanceStateChangeRouting",
    {"detail-type": Literal["EC2 Instance State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance State-change Notification`.
"""


class EC2InstanceStateChangeEventDict(_EC2InstanceStateChangeRouting, EventBridgeEnvelopeDict):
    """EC2 sends it when an instance changes state; `resources` holds the instance's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EC2InstanceStateChangeDetailDict
    """The instance and the state it entered."""


# --- EC2 Spot Instance Interruption Warning -----------------------------------------------------------------

_EC2SpotInstanceInterruptionWarningHyphenatedKeys = TypedDict(
    "_EC2SpotInstanceInterruptionWarningHyphenatedKeys",
    {"instance-id": str, "instance-action": Literal["hibernate", "stop", "terminate"]},
)
"""The keys of the detail whose names are not Python identifiers.

- `instance-id`: the id of the Spot Instance that is about to be interrupted.
- `instance-action`: what EC2 will do to it two minutes later: `hibernate`, `stop` or `terminate` (the
  interruption behaviours the EC2 User Guide documents).
"""


class EC2SpotInstanceInterruptionWarningDetailDict(_EC2SpotInstanceInterruptionWarningHyphenatedKeys):
    """The `detail` of `EC2 Spot Instance Interruption Warning`; its keys are documented on the base."""


_EC2SpotInstanceInterruptionWarningRouting = TypedDict(
    "_EC2SpotInstanceInterruptionWarningRouting",
    {"detail-type": Literal["EC2 Spot Instance Interruption Warning"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Spot Instance Interruption Warning`.
"""


class EC2SpotInstanceInterruptionWarningEventDict(_EC2SpotInstanceInterruptionWarningRouting, EventBridgeEnvelopeDict):
    """EC2 sends it two minutes before it interrupts a Spot Instance; `resources` holds the instance's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EC2SpotInstanceInterruptionWarningDetailDict
    """The instance and what will happen to it."""


# --- EC2 Instance Rebalance Recommendation ------------------------------------------------------------------

_EC2InstanceRebalanceRecommendationHyphenatedKeys = TypedDict(
    "_EC2InstanceRebalanceRecommendationHyphenatedKeys",
    {"instance-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `instance-id`: the id of the Spot Instance at elevated risk of interruption.
"""


class EC2InstanceRebalanceRecommendationDetailDict(_EC2InstanceRebalanceRecommendationHyphenatedKeys):
    """The `detail` of `EC2 Instance Rebalance Recommendation`; `instance-id` is documented on the base."""


_EC2InstanceRebalanceRecommendationRouting = TypedDict(
    "_EC2InstanceRebalanceRecommendationRouting",
    {"detail-type": Literal["EC2 Instance Rebalance Recommendation"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Instance Rebalance Recommendation`.
"""


class EC2InstanceRebalanceRecommendationEventDict(_EC2InstanceRebalanceRecommendationRouting, EventBridgeEnvelopeDict):
    """EC2 sends it when a Spot Instance is at elevated risk of interruption, often before the two-minute
    warning; `resources` holds the instance's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EC2InstanceRebalanceRecommendationDetailDict
    """The instance."""


# --- EBS Snapshot Notification ------------------------------------------------------------------------------

_EBSSnapshotNotificationHyphenatedKeys = TypedDict(
    "_EBSSnapshotNotificationHyphenatedKeys",
    {"request-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `request-id`: the id of the API request that started the action; may be empty.
"""


class EBSSnapshotNotificationDetailDict(_EBSSnapshotNotificationHyphenatedKeys):
    """The `detail` of `EBS Snapshot Notification`; `request-id` is documented on the base.

    The EBS User Guide shows the creation, copy and share events with `StartTime`/`EndTime` in the console's
    samples but `startTime`/`endTime` in its own examples, and the archive events with the lower-case
    spelling: both spellings are declared, each optional.
    """

    event: str
    """The action that completed: `createSnapshot`, `copySnapshot`, `shareSnapshot`, `archiveSnapshot`,
    `permanentRestoreSnapshot`, `temporaryRestoreSnapshot`, `restoreExpiry`... (the list grows with EBS
    features, so it is not a closed type)."""
    result: str
    """How it ended: `succeeded` or `failed` for most actions."""
    cause: str
    """Why it failed (`Source snapshot ID is not valid`); empty when it succeeded."""
    snapshot_id: str
    """The ARN of the snapshot the action created, copied, shared or archived."""
    source: NotRequired[str]
    """`createSnapshot`: the ARN of the volume; `copySnapshot`: the ARN of the source snapshot;
    `shareSnapshot`: the id of the account that shared it. Absent from the archive events."""
    incremental: NotRequired[str]
    """`copySnapshot` only: `true` when the copy was incremental, as text."""
    StartTime: NotRequired[str]
    """When the action started, ISO 8601 (the capitalised spelling of the console's samples)."""
    EndTime: NotRequired[str]
    """When the action ended, ISO 8601 (the capitalised spelling of the console's samples)."""
    startTime: NotRequired[str]
    """When the action started, ISO 8601 (the spelling of the EBS User Guide's examples)."""
    endTime: NotRequired[str]
    """When the action ended, ISO 8601 (the spelling of the EBS User Guide's examples)."""
    recycleBinExitTime: NotRequired[str]
    """Archive and restore events only: when the snapshot leaves the Recycle Bin, ISO 8601."""


_EBSSnapshotNotificationRouting = TypedDict(
    "_EBSSnapshotNotificationRouting",
    {"detail-type": Literal["EBS Snapshot Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EBS Snapshot Notification`.
"""


class EBSSnapshotNotificationEventDict(_EBSSnapshotNotificationRouting, EventBridgeEnvelopeDict):
    """EBS sends it when a snapshot action completes; `resources` holds the snapshot's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EBSSnapshotNotificationDetailDict
    """The action and its result."""


# --- EBS Volume Notification --------------------------------------------------------------------------------

_EBSVolumeNotificationHyphenatedKeys = TypedDict(
    "_EBSVolumeNotificationHyphenatedKeys",
    {"request-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `request-id`: the id of the API request that started the action; may be empty.
"""


class EBSVolumeNotificationDetailDict(_EBSVolumeNotificationHyphenatedKeys):
    """The `detail` of `EBS Volume Notification`; `request-id` is documented on the base."""

    event: str
    """The action that completed: `createVolume`, `deleteVolume`, `attachVolume`, `reattachVolume`,
    `detachVolume`."""
    result: str
    """How it ended: `available`, `deleted`, `attached`, `detached` or `failed`, by action."""
    cause: str
    """Why it failed (a KMS key that is disabled or pending deletion); empty when it succeeded."""


_EBSVolumeNotificationRouting = TypedDict(
    "_EBSVolumeNotificationRouting",
    {"detail-type": Literal["EBS Volume Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EBS Volume Notification`.
"""


class EBSVolumeNotificationEventDict(_EBSVolumeNotificationRouting, EventBridgeEnvelopeDict):
    """EBS sends it when a volume action completes; `resources` holds the volume's ARN and, by action, the
    KMS key's and the instance's."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EBSVolumeNotificationDetailDict
    """The action and its result."""


# --- EC2 Spot Instance Request Fulfillment ------------------------------------------------------------------

_EC2SpotInstanceRequestFulfillmentHyphenatedKeys = TypedDict(
    "_EC2SpotInstanceRequestFulfillmentHyphenatedKeys",
    {"spot-instance-request-id": str, "instance-id": str},
)
"""The keys of the detail, whose names are not Python identifiers.

- `spot-instance-request-id`: the fulfilled Spot Instance request (`sir-...`).
- `instance-id`: the instance launched for it.
"""


class EC2SpotInstanceRequestFulfillmentDetailDict(_EC2SpotInstanceRequestFulfillmentHyphenatedKeys):
    """The `detail` of `EC2 Spot Instance Request Fulfillment`; its keys are documented on the base above."""


_EC2SpotInstanceRequestFulfillmentRouting = TypedDict(
    "_EC2SpotInstanceRequestFulfillmentRouting",
    {"detail-type": Literal["EC2 Spot Instance Request Fulfillment"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Spot Instance Request Fulfillment`.
"""


class EC2SpotInstanceRequestFulfillmentEventDict(_EC2SpotInstanceRequestFulfillmentRouting, EventBridgeEnvelopeDict):
    """EC2 fulfilled a Spot Instance request; `resources` holds the instance's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EC2SpotInstanceRequestFulfillmentDetailDict
    """The event's data."""


# --- EBS Multi-Volume Snapshots Completion Status -----------------------------------------------------------


class EBSMultiVolumeSnapshotDict(TypedDict):
    """One snapshot of a multi-volume snapshot set."""

    snapshot_id: str
    """The snapshot's ARN."""
    source: str
    """The ARN of the volume it was taken from."""
    status: str
    """The snapshot's status (`completed`, `error`, `deleted`)."""


_EBSMultiVolumeSnapshotsCompletionStatusHyphenatedKeys = TypedDict(
    "_EBSMultiVolumeSnapshotsCompletionStatusHyphenatedKeys",
    {"request-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `request-id`: the id of the `CreateSnapshots` request; may be empty.
"""


class EBSMultiVolumeSnapshotsCompletionStatusDetailDict(_EBSMultiVolumeSnapshotsCompletionStatusHyphenatedKeys):
    """The `detail` of `EBS Multi-Volume Snapshots Completion Status` (`CreateSnapshots` of an instance's
    volumes); `request-id` is documented on the base."""

    event: Literal["createSnapshots"]
    """Always `createSnapshots`."""
    result: str
    """`succeeded` when every snapshot completed, `failed` otherwise."""
    cause: str
    """Why it failed; empty when it succeeded."""
    startTime: str
    """When the snapshots started, ISO 8601."""
    endTime: str
    """When the last one ended, ISO 8601."""
    snapshots: list[EBSMultiVolumeSnapshotDict]
    """Each snapshot of the set."""


_EBSMultiVolumeSnapshotsCompletionStatusRouting = TypedDict(
    "_EBSMultiVolumeSnapshotsCompletionStatusRouting",
    {"detail-type": Literal["EBS Multi-Volume Snapshots Completion Status"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EBS Multi-Volume Snapshots Completion Status`.
"""


class EBSMultiVolumeSnapshotsCompletionStatusEventDict(_EBSMultiVolumeSnapshotsCompletionStatusRouting, EventBridgeEnvelopeDict):
    """EBS finished a multi-volume snapshot set; `resources` holds the snapshots' ARNs."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EBSMultiVolumeSnapshotsCompletionStatusDetailDict
    """The event's data."""


# --- EBS Fast Snapshot Restore State-change Notification ----------------------------------------------------

_EBSFastSnapshotRestoreStateChangeNotificationHyphenatedKeys = TypedDict(
    "_EBSFastSnapshotRestoreStateChangeNotificationHyphenatedKeys",
    {"snapshot-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `snapshot-id`: the snapshot whose fast snapshot restore changed state.
"""


class EBSFastSnapshotRestoreStateChangeNotificationDetailDict(
    _EBSFastSnapshotRestoreStateChangeNotificationHyphenatedKeys
):
    """The `detail` of `EBS Fast Snapshot Restore State-change Notification`; `snapshot-id` is documented on
    the base."""

    state: Literal["enabling", "optimizing", "enabled", "disabling", "disabled"]
    """The state fast snapshot restore entered in the zone: the five the EBS User Guide lists."""
    zone: Optional[str]
    """The Availability Zone; `null` in the console's sample."""
    message: str
    """Why (`Client.UserInitiated`, `Client.UserInitiated - Lifecycle state transition`,
    `Server.InsufficientCapacity`...)."""


_EBSFastSnapshotRestoreStateChangeNotificationRouting = TypedDict(
    "_EBSFastSnapshotRestoreStateChangeNotificationRouting",
    {"detail-type": Literal["EBS Fast Snapshot Restore State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EBS Fast Snapshot Restore State-change Notification`.
"""


class EBSFastSnapshotRestoreStateChangeNotificationEventDict(_EBSFastSnapshotRestoreStateChangeNotificationRouting, EventBridgeEnvelopeDict):
    """Fast snapshot restore changed state for a snapshot in an Availability Zone; `resources` holds the snapshot's ARN."""

    source: Literal["aws.ec2"]
    """Always `aws.ec2`."""
    detail: EBSFastSnapshotRestoreStateChangeNotificationDetailDict
    """The event's data."""
