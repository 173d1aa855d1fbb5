"""A CodeDeploy lifecycle hook (for example
`BeforeAllowTraffic`) that checks the new version first."""

from __future__ import annotations

from typing import Literal

from lambda_events import CodeDeployLifecycleHookEventDict, LambdaContext


def smoke_test_passes() -> bool:
    """Call the new version with a known request (a
    real hook would invoke it and check the answer)."""
    return True


def handler(event: CodeDeployLifecycleHookEventDict, context: LambdaContext) -> dict[str, str]:
    """The arguments of CodeDeploy's
    `PutLifecycleEventHookExecutionStatus`, which the hook must call.

    With boto3:
    `boto3.client("codedeploy").put_lifecycle_event_hook_execution_status(**handler(...))`."""
    status: Literal["Succeeded", "Failed"] = "Succeeded" if smoke_test_passes() else "Failed"
    return {
        "deploymentId": event["DeploymentId"],
        "lifecycleEventHookExecutionId": event["LifecycleEventHookExecutionId"],
        "status": status,
    }
