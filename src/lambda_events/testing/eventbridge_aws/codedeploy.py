"""Test events of AWS CodeDeploy (`aws.codedeploy`): deployment and instance state changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.codedeploy import CodeDeployState
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.codedeploy import (
        CodeDeployDeploymentStateChangeNotificationDetailDict,
        CodeDeployDeploymentStateChangeNotificationEventDict,
        CodeDeployInstanceStateChangeNotificationEventDict,
    )

__all__ = ["codedeploy_deployment_state_change_notification_event", "codedeploy_instance_state_change_notification_event"]


def _deployment(
    scene: Scenario, application: str, group: str, state: CodeDeployState
) -> CodeDeployDeploymentStateChangeNotificationDetailDict:
    """The keys of a deployment event."""
    check_one_of("state", state, get_args(CodeDeployState))
    return {
        "region": scene.region,
        "application": application,
        "deploymentId": "d-" + scene.chars(9),
        "state": state,
        "deploymentGroup": group,
        "instanceGroupId": scene.uuid(),
    }


def _resources(scene: Scenario, application: str, group: str) -> list[str]:
    """The application's and the deployment group's ARNs."""
    return [scene.arn("codedeploy", f"application:{application}"), scene.arn("codedeploy", f"deploymentgroup:{application}/{group}")]


def codedeploy_deployment_state_change_notification_event(
    *,
    application: str = "web-app",
    group: str = "production",
    state: CodeDeployState = "SUCCESS",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeDeployDeploymentStateChangeNotificationEventDict:
    """A deployment of `application` to `group` entered `state`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, _resources(scene, application, group)),
        "source": "aws.codedeploy",
        "detail-type": "CodeDeploy Deployment State-change Notification",
        "detail": _deployment(scene, application, group, state),
    }


def codedeploy_instance_state_change_notification_event(
    *,
    application: str = "web-app",
    group: str = "production",
    instance_id: Optional[str] = None,
    state: CodeDeployState = "SUCCESS",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeDeployInstanceStateChangeNotificationEventDict:
    """The deployment to one instance entered `state`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = instance_id if instance_id is not None else "i-" + scene.hex(17)
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}"), *_resources(scene, application, group)]),
        "source": "aws.codedeploy",
        "detail-type": "CodeDeploy Instance State-change Notification",
        "detail": {**_deployment(scene, application, group, state), "instanceId": instance},
    }
