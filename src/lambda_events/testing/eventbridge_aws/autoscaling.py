"""Test events of Amazon EC2 Auto Scaling (`aws.autoscaling`): instance launches and terminations,
lifecycle actions, instance refreshes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
    from lambda_events.eventbridge.aws.autoscaling import (
        AutoScalingInstanceActivityDetailDict,
        AutoScalingInstanceRefreshDetailDict,
        EC2AutoScalingInstanceRefreshCancelledEventDict,
        EC2AutoScalingInstanceRefreshCheckpointReachedEventDict,
        EC2AutoScalingInstanceRefreshFailedEventDict,
        EC2AutoScalingInstanceRefreshStartedEventDict,
        EC2AutoScalingInstanceRefreshSucceededEventDict,
        EC2InstanceLaunchLifecycleActionEventDict,
        EC2InstanceLaunchSuccessfulEventDict,
        EC2InstanceLaunchUnsuccessfulEventDict,
        EC2InstanceTerminateLifecycleActionEventDict,
        EC2InstanceTerminateSuccessfulEventDict,
        EC2InstanceTerminateUnsuccessfulEventDict,
    )

__all__ = [
    "ec2_auto_scaling_instance_refresh_cancelled_event",
    "ec2_auto_scaling_instance_refresh_checkpoint_reached_event",
    "ec2_auto_scaling_instance_refresh_failed_event",
    "ec2_auto_scaling_instance_refresh_started_event",
    "ec2_auto_scaling_instance_refresh_succeeded_event",
    "ec2_instance_launch_lifecycle_action_event",
    "ec2_instance_launch_successful_event",
    "ec2_instance_launch_unsuccessful_event",
    "ec2_instance_terminate_lifecycle_action_event",
    "ec2_instance_terminate_successful_event",
    "ec2_instance_terminate_unsuccessful_event",
]


class _Group:
    """An Auto Scaling group in a scenario: its name and ARN, and the ARN of one of its instances."""

    def __init__(self, scene: Scenario, name: str) -> None:
        self.scene = scene
        """The scenario."""
        self.name = name
        """The group's name."""
        self.arn = scene.arn("autoscaling", f"autoScalingGroup:{scene.uuid()}:autoScalingGroupName/{name}")
        """The group's ARN."""

    def envelope(self, *extra_resources: str) -> EventBridgeEnvelopeDict:
        """The envelope of an event about the group (and the resources given)."""
        return aws_event_envelope(self.scene, [self.arn, *extra_resources])

    def instance_arn(self, instance_id: str) -> str:
        """The ARN of an instance of the group."""
        return self.scene.arn("ec2", f"instance/{instance_id}")


def _activity(
    group: _Group, instance_id: str, *, launch: bool, succeeded: bool
) -> AutoScalingInstanceActivityDetailDict:
    """The `detail` of an instance activity: a launch or termination, successful or not."""
    scene = group.scene
    activity_id = scene.uuid()
    verb = "Launching a new" if launch else "Terminating"
    change = "increasing the capacity from 1 to 2" if launch else "shrinking the capacity from 2 to 1"
    detail: AutoScalingInstanceActivityDetailDict = {
        "StatusCode": "InProgress" if succeeded else "Failed",
        "Description": f"{verb} EC2 instance: {instance_id}",
        "AutoScalingGroupName": group.name,
        "ActivityId": activity_id,
        "Details": {"Availability Zone": f"{scene.region}a", "Subnet ID": f"subnet-{scene.hex(17)}"},
        "RequestId": activity_id,
        "StatusMessage": "" if succeeded else "The requested configuration is currently not supported.",
        "EndTime": scene.iso(),
        "EC2InstanceId": instance_id,
        "StartTime": scene.iso(-40_000),
        "Cause": f"At {scene.iso(-45_000, fraction=False)} an instance was "
        f"{'started' if launch else 'taken out of service'} in response to a difference between desired and "
        f"actual capacity, {change}.",
        "Origin": "EC2" if launch else "AutoScalingGroup",
        "Destination": "AutoScalingGroup" if launch else "EC2",
    }
    return detail


def _instance(scene: Scenario, instance_id: Optional[str]) -> str:
    """The instance id given, or a new one."""
    return instance_id if instance_id is not None else "i-" + scene.hex(17)


def ec2_instance_launch_successful_event(
    *,
    group: str = "web-asg",
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceLaunchSuccessfulEventDict:
    """The group launched an instance."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg, instance = _Group(scene, group), _instance(scene, instance_id)
    return {
        **asg.envelope(asg.instance_arn(instance)),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance Launch Successful",
        "detail": _activity(asg, instance, launch=True, succeeded=True),
    }


def ec2_instance_launch_unsuccessful_event(
    *,
    group: str = "web-asg",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceLaunchUnsuccessfulEventDict:
    """The group failed to launch an instance (no instance id, `StatusCode` `Failed`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg = _Group(scene, group)
    return {
        **asg.envelope(asg.instance_arn("")),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance Launch Unsuccessful",
        "detail": _activity(asg, "", launch=True, succeeded=False),
    }


def ec2_instance_terminate_successful_event(
    *,
    group: str = "web-asg",
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceTerminateSuccessfulEventDict:
    """The group terminated an instance."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg, instance = _Group(scene, group), _instance(scene, instance_id)
    return {
        **asg.envelope(asg.instance_arn(instance)),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance Terminate Successful",
        "detail": _activity(asg, instance, launch=False, succeeded=True),
    }


def ec2_instance_terminate_unsuccessful_event(
    *,
    group: str = "web-asg",
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceTerminateUnsuccessfulEventDict:
    """The group failed to terminate an instance."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg, instance = _Group(scene, group), _instance(scene, instance_id)
    return {
        **asg.envelope(asg.instance_arn(instance)),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance Terminate Unsuccessful",
        "detail": _activity(asg, instance, launch=False, succeeded=False),
    }


def ec2_instance_launch_lifecycle_action_event(
    *,
    group: str = "web-asg",
    hook: str = "wait-for-bootstrap",
    instance_id: Optional[str] = None,
    metadata: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceLaunchLifecycleActionEventDict:
    """A new instance waits in the launch hook `hook` (with the hook's `metadata`, when given)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg, instance = _Group(scene, group), _instance(scene, instance_id)
    event: EC2InstanceLaunchLifecycleActionEventDict = {
        **asg.envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance-launch Lifecycle Action",
        "detail": {
            "LifecycleActionToken": scene.uuid(),
            "AutoScalingGroupName": group,
            "LifecycleHookName": hook,
            "EC2InstanceId": instance,
            "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING",
            "Origin": "EC2",
            "Destination": "AutoScalingGroup",
        },
    }
    if metadata is not None:
        event["detail"]["NotificationMetadata"] = metadata
    return event


def ec2_instance_terminate_lifecycle_action_event(
    *,
    group: str = "web-asg",
    hook: str = "drain-connections",
    instance_id: Optional[str] = None,
    metadata: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2InstanceTerminateLifecycleActionEventDict:
    """An instance being terminated waits in the termination hook `hook`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    asg, instance = _Group(scene, group), _instance(scene, instance_id)
    event: EC2InstanceTerminateLifecycleActionEventDict = {
        **asg.envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Instance-terminate Lifecycle Action",
        "detail": {
            "LifecycleActionToken": scene.uuid(),
            "AutoScalingGroupName": group,
            "LifecycleHookName": hook,
            "EC2InstanceId": instance,
            "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING",
            "Origin": "AutoScalingGroup",
            "Destination": "EC2",
        },
    }
    if metadata is not None:
        event["detail"]["NotificationMetadata"] = metadata
    return event


def _refresh(scene: Scenario, group: str) -> AutoScalingInstanceRefreshDetailDict:
    """The `detail` of an instance refresh event without a checkpoint."""
    return {"InstanceRefreshId": scene.uuid(), "AutoScalingGroupName": group}


def ec2_auto_scaling_instance_refresh_started_event(
    *,
    group: str = "web-asg",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutoScalingInstanceRefreshStartedEventDict:
    """An instance refresh of the group started."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **_Group(scene, group).envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Auto Scaling Instance Refresh Started",
        "detail": _refresh(scene, group),
    }


def ec2_auto_scaling_instance_refresh_checkpoint_reached_event(
    *,
    group: str = "web-asg",
    percentage: int = 50,
    delay_seconds: int = 3600,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutoScalingInstanceRefreshCheckpointReachedEventDict:
    """An instance refresh reached its `percentage` checkpoint and waits `delay_seconds`."""
    if not 0 < percentage <= 100:
        raise ValueError(f"percentage: expected 1 to 100, got {percentage!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **_Group(scene, group).envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Auto Scaling Instance Refresh Checkpoint Reached",
        "detail": {**_refresh(scene, group), "CheckpointPercentage": str(percentage), "CheckpointDelay": str(delay_seconds)},
    }


def ec2_auto_scaling_instance_refresh_succeeded_event(
    *,
    group: str = "web-asg",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutoScalingInstanceRefreshSucceededEventDict:
    """An instance refresh of the group succeeded."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **_Group(scene, group).envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Auto Scaling Instance Refresh Succeeded",
        "detail": _refresh(scene, group),
    }


def ec2_auto_scaling_instance_refresh_failed_event(
    *,
    group: str = "web-asg",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutoScalingInstanceRefreshFailedEventDict:
    """An instance refresh of the group failed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **_Group(scene, group).envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Auto Scaling Instance Refresh Failed",
        "detail": _refresh(scene, group),
    }


def ec2_auto_scaling_instance_refresh_cancelled_event(
    *,
    group: str = "web-asg",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutoScalingInstanceRefreshCancelledEventDict:
    """An instance refresh of the group was cancelled."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **_Group(scene, group).envelope(),
        "source": "aws.autoscaling",
        "detail-type": "EC2 Auto Scaling Instance Refresh Cancelled",
        "detail": _refresh(scene, group),
    }
