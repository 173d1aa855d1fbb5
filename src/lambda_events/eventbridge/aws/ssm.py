"""AWS Systems Manager events (`source` `aws.ssm`): Parameter Store changes, Run Command status changes (of a
command and of its invocation on one instance) and Automation execution status changes.

Authority: the Systems Manager User Guide, "Monitoring Systems Manager events with Amazon EventBridge",
"Setting up notifications or trigger actions based on Parameter Store events" and "Understanding command
statuses", and the API reference for the closed sets of statuses.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "EC2AutomationExecutionStatusChangeDetailDict",
    "EC2AutomationExecutionStatusChangeEventDict",
    "EC2CommandInvocationStatusChangeDetailDict",
    "EC2CommandInvocationStatusChangeEventDict",
    "EC2CommandStatusChangeDetailDict",
    "EC2CommandStatusChangeEventDict",
    "SSMCommandStatus",
    "SSMParameterStoreChangeDetailDict",
    "SSMParameterStoreChangeEventDict",
]

EVENTS = {
    "SSMParameterStoreChangeEventDict": ("aws.ssm", "Parameter Store Change"),
    "EC2CommandStatusChangeEventDict": ("aws.ssm", "EC2 Command Status-change Notification"),
    "EC2CommandInvocationStatusChangeEventDict": ("aws.ssm", "EC2 Command Invocation Status-change Notification"),
    "EC2AutomationExecutionStatusChangeEventDict": ("aws.ssm", "EC2 Automation Execution Status-change Notification"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Parameter Store Change ----------------------------------------------------------------------------------------

class SSMParameterStoreChangeDetailDict(TypedDict):
    """The `detail` of `Parameter Store Change`."""

    operation: Literal["Create", "Update", "Delete", "LabelParameterVersion"]
    """What happened to the parameter: the four operations the Parameter Store documentation lists."""
    name: str
    """The parameter's name (`/app/db/password`)."""
    type: Literal["String", "StringList", "SecureString"]
    """The parameter's type: the closed set of the API's `ParameterType`."""
    description: NotRequired[str]
    """The parameter's description; absent when it has none."""


_SSMParameterStoreChangeRouting = TypedDict(
    "_SSMParameterStoreChangeRouting",
    {"detail-type": Literal["Parameter Store Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Parameter Store Change`.
"""


class SSMParameterStoreChangeEventDict(_SSMParameterStoreChangeRouting, EventBridgeEnvelopeDict):
    """Parameter Store sends it when a parameter is created, updated, deleted or labelled; `resources` holds the
    parameter's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMParameterStoreChangeDetailDict
    """The parameter and what happened to it."""


# --- EC2 Command Status-change Notification ------------------------------------------------------------------------

SSMCommandStatus = Literal[
    "Pending", "InProgress", "Delayed", "Success", "Cancelled", "Failed", "TimedOut", "Cancelling"
]
"""A command's or a command invocation's status: the statuses "Understanding command statuses" lists (the API's
`CommandStatus` and `CommandInvocationStatus`; `Delayed` applies to invocations only)."""

_EC2CommandStatusChangeHyphenatedKeys = TypedDict(
    "_EC2CommandStatusChangeHyphenatedKeys",
    {"command-id": str, "document-name": str, "expire-after": str, "requested-date-time": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `command-id`: the command's id (a UUID).
- `document-name`: the SSM document the command runs (`AWS-RunShellScript`).
- `expire-after`: when the command expires if it has not started, ISO 8601.
- `requested-date-time`: when the command was sent, ISO 8601.
"""


class EC2CommandStatusChangeDetailDict(_EC2CommandStatusChangeHyphenatedKeys):
    """The `detail` of `EC2 Command Status-change Notification`; hyphenated keys are documented on the
    base."""

    parameters: dict[str, list[str]]
    """The parameters the command was sent with, by name, each a list of values (`{"commands": ["date"]}`)."""
    status: SSMCommandStatus
    """The command's new status."""


_EC2CommandStatusChangeRouting = TypedDict(
    "_EC2CommandStatusChangeRouting",
    {"detail-type": Literal["EC2 Command Status-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Command Status-change Notification`.
"""


class EC2CommandStatusChangeEventDict(_EC2CommandStatusChangeRouting, EventBridgeEnvelopeDict):
    """Run Command sends it when a command (sent to one or more managed nodes) changes status; `resources`
    holds the ARNs of the targeted instances."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2CommandStatusChangeDetailDict
    """The command and its new status."""


# --- EC2 Command Invocation Status-change Notification -------------------------------------------------------------

_EC2CommandInvocationStatusChangeHyphenatedKeys = TypedDict(
    "_EC2CommandInvocationStatusChangeHyphenatedKeys",
    {"command-id": str, "document-name": str, "instance-id": str, "requested-date-time": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `command-id`: the command's id (a UUID).
- `document-name`: the SSM document the command runs (`AWS-RunShellScript`).
- `instance-id`: the managed node the invocation runs on (`i-1234567890abcdef0`, `mi-...` for hybrid nodes).
- `requested-date-time`: when the command was sent, ISO 8601.
"""


class EC2CommandInvocationStatusChangeDetailDict(_EC2CommandInvocationStatusChangeHyphenatedKeys):
    """The `detail` of `EC2 Command Invocation Status-change Notification`; hyphenated keys are documented on
    the base."""

    status: SSMCommandStatus
    """The invocation's new status."""


_EC2CommandInvocationStatusChangeRouting = TypedDict(
    "_EC2CommandInvocationStatusChangeRouting",
    {"detail-type": Literal["EC2 Command Invocation Status-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Command Invocation Status-change Notification`.
"""


class EC2CommandInvocationStatusChangeEventDict(_EC2CommandInvocationStatusChangeRouting, EventBridgeEnvelopeDict):
    """Run Command sends it when a command's invocation on one managed node changes status; `resources` holds
    the instance's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2CommandInvocationStatusChangeDetailDict
    """The invocation and its new status."""


# --- EC2 Automation Execution Status-change Notification -----------------------------------------------------------

class EC2AutomationExecutionStatusChangeDetailDict(TypedDict):
    """The `detail` of `EC2 Automation Execution Status-change Notification`."""

    ExecutionId: str
    """The execution's id (a UUID)."""
    Definition: str
    """The runbook's name (`AWS-RestartEC2Instance`)."""
    DefinitionVersion: float
    """The runbook version that ran."""
    Status: str
    """The execution's new status (`Success`, `Failed`, `TimedOut`, `Cancelled`, `InProgress`, `Waiting`,
    ...): the API's `AutomationExecutionStatus`, a set that has grown over time, hence a `str`."""
    StartTime: str
    """When the execution started, as AWS formats it in this event (`Nov 29, 2016 7:43:20 PM`, not ISO 8601)."""
    EndTime: str
    """When the execution ended, in the same format as `StartTime`."""
    Time: float
    """How long the execution took, in milliseconds."""
    ExecutedBy: str
    """The ARN of the principal that started the execution."""


_EC2AutomationExecutionStatusChangeRouting = TypedDict(
    "_EC2AutomationExecutionStatusChangeRouting",
    {"detail-type": Literal["EC2 Automation Execution Status-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Automation Execution Status-change Notification`.
"""


class EC2AutomationExecutionStatusChangeEventDict(_EC2AutomationExecutionStatusChangeRouting, EventBridgeEnvelopeDict):
    """Automation sends it when a runbook execution changes status; `resources` holds the ARNs of the execution
    and of the runbook version."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2AutomationExecutionStatusChangeDetailDict
    """The execution and its new status."""
