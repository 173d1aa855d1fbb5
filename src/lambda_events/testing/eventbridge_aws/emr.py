"""Test events of Amazon EMR (`aws.emr`): cluster state changes, step status changes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.emr import (
        EMRAutoScalingPolicyStateChangeEventDict,
        EMRClusterStateChangeEventDict,
        EMRConfigurationErrorEventDict,
        EMRInstanceFleetStateChangeEventDict,
        EMRInstanceGroupStateChangeEventDict,
        EMRSeverity,
        EMRStepStatusChangeEventDict,
    )

__all__ = [
    "emr_auto_scaling_policy_state_change_event",
    "emr_cluster_state_change_event",
    "emr_configuration_error_event",
    "emr_instance_fleet_state_change_event",
    "emr_instance_group_state_change_event",
    "emr_step_status_change_event",
]

ClusterEndState = Literal["STARTING", "RUNNING", "WAITING", "TERMINATED", "TERMINATED_WITH_ERRORS"]
"""The cluster states `emr_cluster_state_change_event` builds."""
StepState = Literal["PENDING", "RUNNING", "COMPLETED", "CANCELLED", "FAILED"]
"""The step states `emr_step_status_change_event` builds."""
_STEP_SEVERITY: dict[str, EMRSeverity] = {"FAILED": "ERROR", "CANCELLED": "WARN"}


def _cluster_id(scene: Scenario) -> str:
    """A cluster id: `j-` and 13 upper-case letters and digits."""
    return "j-" + scene.chars(13)


def emr_cluster_state_change_event(
    *,
    name: str = "analytics",
    state: ClusterEndState = "TERMINATED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRClusterStateChangeEventDict:
    """The cluster `name` entered `state` (terminated by the user, or with errors on a bootstrap failure)."""
    check_one_of("state", state, get_args(ClusterEndState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    cluster_id = _cluster_id(scene)
    when = scene.now.strftime("%Y-%m-%d %H:%M UTC")
    reason = {"code": ""}
    message = f"Amazon EMR cluster {cluster_id} ({name}) is {state.lower()} at {when}."
    if state == "TERMINATED":
        reason = {"code": "USER_REQUEST", "message": "Terminated by user request"}
        message = f"Amazon EMR Cluster {cluster_id} ({name}) has terminated at {when} with a reason of USER_REQUEST."
    elif state == "TERMINATED_WITH_ERRORS":
        reason = {"code": "BOOTSTRAP_FAILURE", "message": "On the master instance, bootstrap action 1 returned a non-zero return code"}
        message = f"Amazon EMR Cluster {cluster_id} ({name}) has terminated with errors at {when} with a reason of BOOTSTRAP_FAILURE."
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Cluster State Change",
        "detail": {
            "severity": "CRITICAL" if state == "TERMINATED_WITH_ERRORS" else "INFO",
            "stateChangeReason": json.dumps(reason, separators=(",", ":")),
            "name": name,
            "clusterId": cluster_id,
            "state": state,
            "message": message,
        },
    }


def emr_step_status_change_event(
    *,
    step_name: str = "spark-job",
    state: StepState = "COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRStepStatusChangeEventDict:
    """The step `step_name` entered `state` (a failure is an `ERROR`)."""
    check_one_of("state", state, get_args(StepState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    cluster_id, step_id = _cluster_id(scene), "s-" + scene.chars(13)
    when = scene.now.strftime("%Y-%m-%d %H:%M UTC")
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Step Status Change",
        "detail": {
            "severity": _STEP_SEVERITY.get(state, "INFO"),
            "actionOnFailure": "CONTINUE",
            "stepId": step_id,
            "name": step_name,
            "clusterId": cluster_id,
            "state": state,
            "message": f"Step {step_id} ({step_name}) in Amazon EMR cluster {cluster_id} is {state.lower()} at {when}.",
        },
    }


def emr_instance_group_state_change_event(
    *,
    instances: int = 4,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRInstanceGroupStateChangeEventDict:
    """A resize of a cluster's core instance group to `instances` completed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    cluster_id, group_id = _cluster_id(scene), "ig-" + scene.chars(13)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Instance Group State Change",
        "detail": {
            "market": "ON_DEMAND",
            "severity": "INFO",
            "requestedInstanceCount": str(instances),
            "instanceType": "m5.xlarge",
            "instanceGroupType": "CORE",
            "instanceGroupId": group_id,
            "clusterId": cluster_id,
            "runningInstanceCount": str(instances),
            "state": "RUNNING",
            "message": f"The resizing operation for instance group {group_id} in Amazon EMR cluster {cluster_id} is complete. It now has an instance count of {instances}.",
        },
    }


def emr_instance_fleet_state_change_event(
    *,
    on_demand_units: int = 4,
    spot_units: int = 8,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRInstanceFleetStateChangeEventDict:
    """A resize of a cluster's core instance fleet to its targets completed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    cluster_id, fleet_id = _cluster_id(scene), "if-" + scene.chars(13)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Instance Fleet State Change",
        "detail": {
            "severity": "INFO",
            "provisionedSpotCapacity": spot_units,
            "targetSpotCapacity": spot_units,
            "provisionedOnDemandCapacity": on_demand_units,
            "targetOnDemandCapacity": on_demand_units,
            "clusterId": cluster_id,
            "state": "RUNNING",
            "instanceFleetId": fleet_id,
            "instanceFleetType": "CORE",
            "message": f"The resizing operation for instance fleet {fleet_id} in Amazon EMR cluster {cluster_id} is complete.",
        },
    }


def emr_auto_scaling_policy_state_change_event(
    *,
    state: str = "ATTACHED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRAutoScalingPolicyStateChangeEventDict:
    """An automatic scaling policy of an instance group entered `state`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Auto Scaling Policy State Change",
        "detail": {
            "resourceId": "ig-" + scene.chars(13),
            "clusterId": _cluster_id(scene),
            "state": state,
            "message": "AutoScaling policy modified by user request",
            "scalingResourceType": "INSTANCE_GROUP",
        },
    }


def emr_configuration_error_event(
    *,
    description: str = "The EMR-managed security group for the master instance was modified outside EMR.",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EMRConfigurationErrorEventDict:
    """EMR reports an error of a cluster's configuration."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.emr",
        "detail-type": "EMR Configuration Error",
        "detail": {"description": description, "clusterId": _cluster_id(scene), "severity": "ERROR"},
    }
