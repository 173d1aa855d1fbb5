"""AWS CodeDeploy events (`source` `aws.codedeploy`): deployment and instance state changes.

Authority: the CodeDeploy User Guide ("Monitoring deployments with Amazon EventBridge": the detail-types,
their states and examples).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "CodeDeployDeploymentStateChangeNotificationDetailDict",
    "CodeDeployDeploymentStateChangeNotificationEventDict",
    "CodeDeployInstanceStateChangeNotificationDetailDict",
    "CodeDeployInstanceStateChangeNotificationEventDict",
    "CodeDeployState",
]

EVENTS = {
    "CodeDeployDeploymentStateChangeNotificationEventDict": ("aws.codedeploy", "CodeDeploy Deployment State-change Notification"),
    "CodeDeployInstanceStateChangeNotificationEventDict": ("aws.codedeploy", "CodeDeploy Instance State-change Notification"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

CodeDeployState = Literal["START", "SUCCESS", "FAILURE", "STOP", "READY"]
"""A deployment's or instance's state: the values the CodeDeploy User Guide lists for these events."""


class CodeDeployDeploymentStateChangeNotificationDetailDict(TypedDict):
    """The `detail` of `CodeDeploy Deployment State-change Notification`."""

    region: str
    """The Region of the deployment."""
    application: str
    """The application's name."""
    deploymentId: str
    """The deployment's id (`d-...`)."""
    state: CodeDeployState
    """The state the deployment entered (`READY`: a blue/green deployment waits to reroute traffic)."""
    deploymentGroup: str
    """The deployment group's name."""
    instanceGroupId: str
    """The id of the set of instances the deployment targets."""


class CodeDeployInstanceStateChangeNotificationDetailDict(CodeDeployDeploymentStateChangeNotificationDetailDict):
    """The `detail` of `CodeDeploy Instance State-change Notification`: the deployment's keys and the
    instance."""

    instanceId: str
    """The instance whose deployment changed state."""


_CodeDeployDeploymentStateChangeNotificationRouting = TypedDict(
    "_CodeDeployDeploymentStateChangeNotificationRouting",
    {"detail-type": Literal["CodeDeploy Deployment State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeDeploy Deployment State-change Notification`.
"""


class CodeDeployDeploymentStateChangeNotificationEventDict(_CodeDeployDeploymentStateChangeNotificationRouting, EventBridgeEnvelopeDict):
    """A deployment changed state; `resources` holds the application's and the deployment group's ARNs."""

    source: Literal["aws.codedeploy"]
    """Always `aws.codedeploy`."""
    detail: CodeDeployDeploymentStateChangeNotificationDetailDict
    """The event's data."""


_CodeDeployInstanceStateChangeNotificationRouting = TypedDict(
    "_CodeDeployInstanceStateChangeNotificationRouting",
    {"detail-type": Literal["CodeDeploy Instance State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeDeploy Instance State-change Notification`.
"""


class CodeDeployInstanceStateChangeNotificationEventDict(_CodeDeployInstanceStateChangeNotificationRouting, EventBridgeEnvelopeDict):
    """The deployment to one instance changed state; `resources` adds the instance's ARN."""

    source: Literal["aws.codedeploy"]
    """Always `aws.codedeploy`."""
    detail: CodeDeployInstanceStateChangeNotificationDetailDict
    """The event's data."""
