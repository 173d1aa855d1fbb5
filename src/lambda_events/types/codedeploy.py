"""AWS CodeDeploy: the invocation of a Lambda function that runs as a lifecycle event hook of a deployment."""

from lambda_events._typing import TypedDict

__all__ = ["CodeDeployLifecycleHookEventDict"]


class CodeDeployLifecycleHookEventDict(TypedDict):
    """A lifecycle hook (`BeforeAllowTraffic`, `AfterAllowTraffic`, ...) of a Lambda or ECS deployment.

    The hook reports its outcome by calling `PutLifecycleEventHookExecutionStatus` with both ids; the
    function's return value is ignored.
    """

    DeploymentId: str
    """The id of the deployment the hook belongs to (`d-` followed by nine characters)."""
    LifecycleEventHookExecutionId: str
    """The id of this run of the hook, to pass back with its status."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CodeDeployLifecycleHookHandler = Callable[["CodeDeployLifecycleHookEventDict", "LambdaContext"], object]
"""A CodeDeploy lifecycle hook; it reports through `PutLifecycleEventHookExecutionStatus`."""

__all__ += ["CodeDeployLifecycleHookHandler"]
# --- end generated handler aliases ---
