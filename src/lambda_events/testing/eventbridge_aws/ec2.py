"""Test events of Amazon EC2 and Amazon EBS (`aws.ec2`): instance state changes, Spot interruption warnings,
rebalance recommendations, EBS snapshot and volume notifications."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.ec2 import EC2InstanceState
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ec2 import (
        EBSFastSnapshotRestoreStateChangeNotificationEventDict,
        EBSMultiVolumeSnapshotDict,
        EBSMultiVolumeSnapshotsCompletionStatusEventDict,
        EBSSnapshotNotificationDetailDict,
        EC2SpotInstanceRequestFulfillmentEventDict,
        EBSSnapshotNotificationEventDict,
        EBSVolumeNotificationEventDict,
        EC2InstanceRebalanceRecommendationEventDict,
        EC2InstanceStateChangeEventDict,
        EC2SpotInstanceInterruptionWarningEventDict,
    )

__all__ = [
    "ebs_fast_snapshot_restore_state_change_notification_event",
    "ebs_multi_volume_snapshots_completion_status_event",
    "ebs_snapshot_notification_event",
    "ebs_volume_notification_event",
    "ec2_instance_rebalance_recommendation_event",
    "ec2_instance_state_change_event",
    "ec2_spot_instance_interruption_warning_event",
    "ec2_spot_instance_request_fulfillment_event",
]

SpotInstanceAction = Literal["hibernate", "stop", "terminate"]
"""What EC2 does to an interrupted Spot Instance."""
EBSSnapshotAction = Literal["createSnapshot", "copySnapshot", "shareSnapshot"]
"""The snapshot actions `ebs_snapshot_notification_event` builds."""
EBSVolumeAction = Literal["createVolume", "deleteVolume", "attachVolume", "reattachVolume", "detachVolume"]
"""The volume actions `ebs_volume_notification_event` builds."""
_VOLUME_SUCCESS = {
    "createVolume": "available",
    "deleteVolume": "deleted",
    "attachVolume": "attached",
    "reattachVolume": "attached",
    "detachVolume": "detached",
}


def _instance_id(scene: Scenario, instance_id: Optional[str]) -> str:
    """The instance id given, or a new one (`i-` and 17 hex digits)."""
    return instance_id if instance_id is not None else "i-" + scene.hex(17)


def ec2_instance_state_change_event(
    *,
    instance_id: Optional[str] = None,
    state: EC2InstanceState = "stopped",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceStateChangeEventDict:
    """An instance entered `state` (one of the six EC2 documents; `ValueError` otherwise)."""
    check_one_of("state", state, get_args(EC2InstanceState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = _instance_id(scene, instance_id)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}")]),
        "source": "aws.ec2",
        "detail-type": "EC2 Instance State-change Notification",
        "detail": {"instance-id": instance, "state": state},
    }


def ec2_spot_instance_interruption_warning_event(
    *,
    instance_id: Optional[str] = None,
    action: SpotInstanceAction = "terminate",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2SpotInstanceInterruptionWarningEventDict:
    """A Spot Instance will be interrupted in two minutes by `action` (`hibernate`, `stop`, `terminate`)."""
    check_one_of("action", action, get_args(SpotInstanceAction))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = _instance_id(scene, instance_id)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}")]),
        "source": "aws.ec2",
        "detail-type": "EC2 Spot Instance Interruption Warning",
        "detail": {"instance-id": instance, "instance-action": action},
    }


def ec2_instance_rebalance_recommendation_event(
    *,
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceRebalanceRecommendationEventDict:
    """A Spot Instance is at elevated risk of interruption."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = _instance_id(scene, instance_id)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}")]),
        "source": "aws.ec2",
        "detail-type": "EC2 Instance Rebalance Recommendation",
        "detail": {"instance-id": instance},
    }


def ebs_snapshot_notification_event(
    *,
    action: EBSSnapshotAction = "createSnapshot",
    succeeded: bool = True,
    snapshot_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EBSSnapshotNotificationEventDict:
    """A snapshot `action` completed (`createSnapshot` of a volume, `copySnapshot` from another Region,
    `shareSnapshot` from another account), `succeeded` or failed."""
    check_one_of("action", action, get_args(EBSSnapshotAction))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    snapshot_arn = scene.arn("ec2", f"snapshot/{snapshot_id or 'snap-' + scene.hex(17)}", owned=False)
    if action == "createSnapshot":
        source = scene.arn("ec2", f"volume/vol-{scene.hex(17)}", owned=False)
    elif action == "copySnapshot":
        source = f"arn:aws:ec2:eu-west-1::snapshot/snap-{scene.hex(17)}"
    else:
        source = scene.digits(12)
    detail: EBSSnapshotNotificationDetailDict = {
        "event": action,
        "result": "succeeded" if succeeded else "failed",
        "cause": "" if succeeded or action == "createSnapshot" else "Source snapshot ID is not valid",
        "request-id": scene.uuid(),
        "snapshot_id": snapshot_arn,
        "source": source,
        "startTime": scene.iso(-5 * 60 * 1000, fraction=False),
        "endTime": scene.iso(fraction=False),
    }
    if action == "copySnapshot":
        detail["incremental"] = "true"
    return {
        **aws_event_envelope(scene, [snapshot_arn]),
        "source": "aws.ec2",
        "detail-type": "EBS Snapshot Notification",
        "detail": detail,
    }


def ebs_volume_notification_event(
    *,
    action: EBSVolumeAction = "createVolume",
    succeeded: bool = True,
    volume_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EBSVolumeNotificationEventDict:
    """A volume `action` completed, `succeeded` or failed (failures name a KMS key that is disabled, as EBS
    reports them)."""
    check_one_of("action", action, get_args(EBSVolumeAction))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    resources = [scene.arn("ec2", f"volume/{volume_id or 'vol-' + scene.hex(17)}")]
    cause = ""
    if not succeeded:
        key_arn = scene.arn("kms", f"key/{scene.uuid()}")
        resources.append(key_arn)
        cause = f"{key_arn} is disabled."
    if action in ("attachVolume", "reattachVolume", "detachVolume"):
        resources.append(scene.arn("ec2", f"instance/i-{scene.hex(17)}"))
    return {
        **aws_event_envelope(scene, resources),
        "source": "aws.ec2",
        "detail-type": "EBS Volume Notification",
        "detail": {
            "event": action,
            "result": _VOLUME_SUCCESS[action] if succeeded else "failed",
            "cause": cause,
            "request-id": scene.uuid(),
        },
    }


def ec2_spot_instance_request_fulfillment_event(
    *,
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2SpotInstanceRequestFulfillmentEventDict:
    """A Spot Instance request was fulfilled by launching an instance."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = _instance_id(scene, instance_id)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}")]),
        "source": "aws.ec2",
        "detail-type": "EC2 Spot Instance Request Fulfillment",
        "detail": {"spot-instance-request-id": "sir-" + scene.lower_id(8), "instance-id": instance},
    }


def ebs_multi_volume_snapshots_completion_status_event(
    *,
    volumes: int = 2,
    succeeded: bool = True,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EBSMultiVolumeSnapshotsCompletionStatusEventDict:
    """A `CreateSnapshots` of `volumes` volumes (1 or more) completed, or failed on its first snapshot."""
    if volumes < 1:
        raise ValueError(f"volumes: expected 1 or more, got {volumes!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    snapshots: list[EBSMultiVolumeSnapshotDict] = [
        {
            "snapshot_id": scene.arn("ec2", f"snapshot/snap-{scene.hex(17)}", owned=False),
            "source": scene.arn("ec2", f"volume/vol-{scene.hex(17)}", owned=False),
            "status": "completed" if succeeded or index else "error",
        }
        for index in range(volumes)
    ]
    return {
        **aws_event_envelope(scene, [snapshot["snapshot_id"] for snapshot in snapshots]),
        "source": "aws.ec2",
        "detail-type": "EBS Multi-Volume Snapshots Completion Status",
        "detail": {
            "event": "createSnapshots",
            "result": "succeeded" if succeeded else "failed",
            "cause": "" if succeeded else "Snapshot creation failed: internal error",
            "request-id": scene.uuid(),
            "startTime": scene.iso(-600_000, fraction=False),
            "endTime": scene.iso(fraction=False),
            "snapshots": snapshots,
        },
    }


FastSnapshotRestoreState = Literal["enabling", "optimizing", "enabled", "disabling", "disabled"]
"""The fast snapshot restore states."""


def ebs_fast_snapshot_restore_state_change_notification_event(
    *,
    state: FastSnapshotRestoreState = "enabled",
    zone: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EBSFastSnapshotRestoreStateChangeNotificationEventDict:
    """Fast snapshot restore of a snapshot entered `state` in `zone` (the Region's first zone by default)."""
    check_one_of("state", state, get_args(FastSnapshotRestoreState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    snapshot = "snap-" + scene.hex(17)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"snapshot/{snapshot}", owned=False)]),
        "source": "aws.ec2",
        "detail-type": "EBS Fast Snapshot Restore State-change Notification",
        "detail": {
            "snapshot-id": snapshot,
            "state": state,
            "zone": zone if zone is not None else f"{region}a",
            "message": "Client.UserInitiated",
        },
    }
