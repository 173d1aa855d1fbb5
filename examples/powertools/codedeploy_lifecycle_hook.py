"""Powertools' `codedeploy_lifecycle_hook.py`: a CodeDeploy lifecycle hook that returns the ids it needs
to report the hook's status.

Differences:
- The return annotation is the dict it returns (Powertools' example says `-> None`).
"""

from __future__ import annotations

from lambda_events import CodeDeployLifecycleHookEventDict, LambdaContext


def lambda_handler(event: CodeDeployLifecycleHookEventDict, context: LambdaContext) -> dict[str, str]:
    """The deployment id and the hook execution id."""
    deployment_id = event["DeploymentId"]
    lifecycle_event_hook_execution_id = event["LifecycleEventHookExecutionId"]

    return {
        "deployment_id": deployment_id,
        "lifecycle_event_hook_execution_id": lifecycle_event_hook_execution_id,
    }
