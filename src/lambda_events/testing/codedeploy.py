"""Test events of AWS CodeDeploy lifecycle hooks."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.codedeploy import CodeDeployLifecycleHookEventDict

__all__ = ["codedeploy_event"]


def codedeploy_event(
    *,
    deployment_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeDeployLifecycleHookEventDict:
    """A CodeDeploy lifecycle hook invocation (`BeforeAllowTraffic`, `AfterAllowTraffic`, ...)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "DeploymentId": deployment_id or f"d-{scene.chars(9)}",
        "LifecycleEventHookExecutionId": scene.base64(96),
    }
