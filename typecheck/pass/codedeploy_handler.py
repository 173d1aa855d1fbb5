"""A CodeDeploy `BeforeAllowTraffic` hook that checks the new version and reports the result."""

from __future__ import annotations

from lambda_events import CodeDeployLifecycleHookEventDict


def put_hook_status(deployment_id: str, execution_id: str, status: str) -> None:
    """Pretend to call `PutLifecycleEventHookExecutionStatus`."""


def handler(event: CodeDeployLifecycleHookEventDict, context: object) -> None:
    """Validate the deployment, then report `Succeeded` or `Failed` to CodeDeploy."""
    healthy = event["DeploymentId"].startswith("d-")
    put_hook_status(event["DeploymentId"], event["LifecycleEventHookExecutionId"], "Succeeded" if healthy else "Failed")
