"""Test events of Amazon EMR (`aws.emr`): cluster state changes, step status changes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.emr import EMRClusterStateChangeEventDict, EMRSeverity, EMRStepStatusChangeEventDict

__all__ = ["emr_cluster_state_change_event", "emr_step_status_change_event"]

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
