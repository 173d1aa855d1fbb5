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
    "EC2AutomationStepStatusChangeDetailDict",
    "EC2AutomationStepStatusChangeEventDict",
    "EC2CommandInvocationStatusChangeDetailDict",
    "EC2CommandInvocationStatusChangeEventDict",
    "EC2CommandStatusChangeDetailDict",
    "EC2CommandStatusChangeEventDict",
    "EC2StateManagerAssociationStateChangeDetailDict",
    "EC2StateManagerAssociationStateChangeEventDict",
    "EC2StateManagerInstanceAssociationStateChangeDetailDict",
    "EC2StateManagerInstanceAssociationStateChangeEventDict",
    "SSMCalendarStateChangeDetailDict",
    "SSMCalendarStateChangeEventDict",
    "SSMCommandStatus",
    "SSMConfigurationComplianceStateChangeDetailDict",
    "SSMConfigurationComplianceStateChangeEventDict",
    "SSMMaintenanceWindowExecutionStateChangeDetailDict",
    "SSMMaintenanceWindowExecutionStateChangeEventDict",
    "SSMMaintenanceWindowExecutionStatus",
    "SSMMaintenanceWindowStateChangeDetailDict",
    "SSMMaintenanceWindowStateChangeEventDict",
    "SSMMaintenanceWindowTargetRegistrationDetailDict",
    "SSMMaintenanceWindowTargetRegistrationEventDict",
    "SSMMaintenanceWindowTaskExecutionStateChangeDetailDict",
    "SSMMaintenanceWindowTaskExecutionStateChangeEventDict",
    "SSMMaintenanceWindowTaskRegistrationDetailDict",
    "SSMMaintenanceWindowTaskRegistrationEventDict",
    "SSMMaintenanceWindowTaskTargetInvocationStateChangeDetailDict",
    "SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict",
    "SSMParameterStoreChangeDetailDict",
    "SSMParameterStoreChangeEventDict",
    "SSMParameterStorePolicyActionDetailDict",
    "SSMParameterStorePolicyActionEventDict",
]

EVENTS = {
    "SSMParameterStoreChangeEventDict": ("aws.ssm", "Parameter Store Change"),
    "EC2CommandStatusChangeEventDict": ("aws.ssm", "EC2 Command Status-change Notification"),
    "EC2CommandInvocationStatusChangeEventDict": ("aws.ssm", "EC2 Command Invocation Status-change Notification"),
    "EC2AutomationExecutionStatusChangeEventDict": ("aws.ssm", "EC2 Automation Execution Status-change Notification"),
    "EC2AutomationStepStatusChangeEventDict": ("aws.ssm", "EC2 Automation Step Status-change Notification"),
    "SSMMaintenanceWindowStateChangeEventDict": ("aws.ssm", "Maintenance Window State-change Notification"),
    "SSMMaintenanceWindowTargetRegistrationEventDict": (
        "aws.ssm",
        "Maintenance Window Target Registration Notification",
    ),
    "SSMMaintenanceWindowTaskRegistrationEventDict": ("aws.ssm", "Maintenance Window Task Registration Notification"),
    "SSMMaintenanceWindowExecutionStateChangeEventDict": (
        "aws.ssm",
        "Maintenance Window Execution State-change Notification",
    ),
    "SSMMaintenanceWindowTaskExecutionStateChangeEventDict": (
        "aws.ssm",
        "Maintenance Window Task Execution State-change Notification",
    ),
    "SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict": (
        "aws.ssm",
        "Maintenance Window Task Target Invocation State-change Notification",
    ),
    "SSMParameterStorePolicyActionEventDict": ("aws.ssm", "Parameter Store Policy Action"),
    "EC2StateManagerAssociationStateChangeEventDict": ("aws.ssm", "EC2 State Manager Association State Change"),
    "EC2StateManagerInstanceAssociationStateChangeEventDict": (
        "aws.ssm",
        "EC2 State Manager Instance Association State Change",
    ),
    "SSMConfigurationComplianceStateChangeEventDict": ("aws.ssm", "Configuration Compliance State Change"),
    "SSMCalendarStateChangeEventDict": ("aws.ssm", "Calendar State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Parameter Store Change ---------------------------------------------------------------------------------------

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


# --- EC2 Command Status-change Notification -----------------------------------------------------------------------

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


# --- EC2 Command Invocation Status-change Notification ------------------------------------------------------------

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


# --- EC2 Automation Execution Status-change Notification ----------------------------------------------------------

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


# --- EC2 Automation Step Status-change Notification ---------------------------------------------------------------

class EC2AutomationStepStatusChangeDetailDict(TypedDict):
    """The `detail` of `EC2 Automation Step Status-change Notification`."""

    ExecutionId: str
    """The execution's id (a UUID)."""
    Definition: str
    """The runbook's name."""
    DefinitionVersion: float
    """The runbook version that runs."""
    StepName: str
    """The step's name in the runbook."""
    Action: str
    """The step's action (`aws:runCommand`, `aws:executeScript`, `aws:approve`)."""
    Status: str
    """The step's new status (`Success`, `Failed`, `TimedOut`, `Cancelled`, `InProgress`, ...)."""
    StartTime: str
    """When the step started, as Automation formats it (`Nov 29, 2016 7:43:23 PM`)."""
    EndTime: str
    """When the step ended, in the same format."""
    Time: float
    """How long the step took, in milliseconds."""


_EC2AutomationStepStatusChangeRouting = TypedDict(
    "_EC2AutomationStepStatusChangeRouting",
    {"detail-type": Literal["EC2 Automation Step Status-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 Automation Step Status-change Notification`.
"""


class EC2AutomationStepStatusChangeEventDict(_EC2AutomationStepStatusChangeRouting, EventBridgeEnvelopeDict):
    """Automation sends it when a step of a runbook execution changes status; `resources` holds the ARNs of the
    execution and of the runbook version."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2AutomationStepStatusChangeDetailDict
    """The step and its new status."""


# --- Maintenance Window State-change Notification -----------------------------------------------------------------

SSMMaintenanceWindowExecutionStatus = Literal[
    "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED", "SKIPPED_OVERLAPPING"
]
"""The status of a maintenance window's execution, of a task's execution, or of a task's invocation on a
target: the closed set of the API's `MaintenanceWindowExecutionStatus`."""

_SSMMaintenanceWindowStateChangeHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowStateChangeHyphenatedKeys",
    {"window-id": str},
)
"""The key of the detail whose name is not a Python identifier.

- `window-id`: the maintenance window's id (`mw-0ed7251d3fcf6e0c2`).
"""


class SSMMaintenanceWindowStateChangeDetailDict(_SSMMaintenanceWindowStateChangeHyphenatedKeys):
    """The `detail` of `Maintenance Window State-change Notification`; `window-id` is documented on the
    base."""

    status: Literal["ENABLED", "DISABLED"]
    """Whether the window is now enabled or disabled."""


_SSMMaintenanceWindowStateChangeRouting = TypedDict(
    "_SSMMaintenanceWindowStateChangeRouting",
    {"detail-type": Literal["Maintenance Window State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window State-change Notification`.
"""


class SSMMaintenanceWindowStateChangeEventDict(_SSMMaintenanceWindowStateChangeRouting, EventBridgeEnvelopeDict):
    """Systems Manager sends it when a maintenance window is enabled or disabled; `resources` holds its ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowStateChangeDetailDict
    """The window and its new state."""


# --- Maintenance Window Target Registration Notification ----------------------------------------------------------

_SSMMaintenanceWindowTargetRegistrationHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowTargetRegistrationHyphenatedKeys",
    {"window-id": str, "window-target-id": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `window-id`: the maintenance window's id.
- `window-target-id`: the target's id (a UUID).
"""


class SSMMaintenanceWindowTargetRegistrationDetailDict(_SSMMaintenanceWindowTargetRegistrationHyphenatedKeys):
    """The `detail` of `Maintenance Window Target Registration Notification`; hyphenated keys are documented
    on the base."""

    status: str
    """`REGISTERED` or `DEREGISTERED`."""


_SSMMaintenanceWindowTargetRegistrationRouting = TypedDict(
    "_SSMMaintenanceWindowTargetRegistrationRouting",
    {"detail-type": Literal["Maintenance Window Target Registration Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window Target Registration Notification`.
"""


class SSMMaintenanceWindowTargetRegistrationEventDict(
    _SSMMaintenanceWindowTargetRegistrationRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when a target is registered with, or deregistered from, a maintenance window;
    `resources` holds the ARNs of the window and of the target."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowTargetRegistrationDetailDict
    """The window, the target and what happened."""


# --- Maintenance Window Task Registration Notification ------------------------------------------------------------

_SSMMaintenanceWindowTaskRegistrationHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowTaskRegistrationHyphenatedKeys",
    {"window-id": str, "window-task-id": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `window-id`: the maintenance window's id.
- `window-task-id`: the task's id (a UUID).
"""


class SSMMaintenanceWindowTaskRegistrationDetailDict(_SSMMaintenanceWindowTaskRegistrationHyphenatedKeys):
    """The `detail` of `Maintenance Window Task Registration Notification`; hyphenated keys are documented on
    the base."""

    status: str
    """`REGISTERED` or `DEREGISTERED`."""


_SSMMaintenanceWindowTaskRegistrationRouting = TypedDict(
    "_SSMMaintenanceWindowTaskRegistrationRouting",
    {"detail-type": Literal["Maintenance Window Task Registration Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window Task Registration Notification`.
"""


class SSMMaintenanceWindowTaskRegistrationEventDict(
    _SSMMaintenanceWindowTaskRegistrationRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when a task is registered with, or deregistered from, a maintenance window;
    `resources` holds the ARNs of the window and of the task."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowTaskRegistrationDetailDict
    """The window, the task and what happened."""


# --- Maintenance Window Execution State-change Notification -------------------------------------------------------

_SSMMaintenanceWindowExecutionStateChangeHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowExecutionStateChangeHyphenatedKeys",
    {"window-id": str, "window-execution-id": str, "start-time": str, "end-time": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `window-id`: the maintenance window's id.
- `window-execution-id`: the execution's id (a UUID).
- `start-time`: when the execution started, ISO 8601.
- `end-time`: when the execution ended, ISO 8601.
"""


class SSMMaintenanceWindowExecutionStateChangeDetailDict(_SSMMaintenanceWindowExecutionStateChangeHyphenatedKeys):
    """The `detail` of `Maintenance Window Execution State-change Notification`; hyphenated keys are
    documented on the base."""

    status: SSMMaintenanceWindowExecutionStatus
    """The execution's new status."""


_SSMMaintenanceWindowExecutionStateChangeRouting = TypedDict(
    "_SSMMaintenanceWindowExecutionStateChangeRouting",
    {"detail-type": Literal["Maintenance Window Execution State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window Execution State-change Notification`.
"""


class SSMMaintenanceWindowExecutionStateChangeEventDict(
    _SSMMaintenanceWindowExecutionStateChangeRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when an execution of a maintenance window changes status; `resources` holds the
    window's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowExecutionStateChangeDetailDict
    """The execution and its new status."""


# --- Maintenance Window Task Execution State-change Notification --------------------------------------------------

_SSMMaintenanceWindowTaskExecutionStateChangeHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowTaskExecutionStateChangeHyphenatedKeys",
    {"window-id": str, "window-execution-id": str, "task-execution-id": str, "start-time": str, "end-time": str},
)
"""The keys of the detail whose names are not Python identifiers.

- `window-id`: the maintenance window's id.
- `window-execution-id`: the window execution's id.
- `task-execution-id`: the task execution's id.
- `start-time`: when the task execution started, ISO 8601.
- `end-time`: when the task execution ended, ISO 8601.
"""


class SSMMaintenanceWindowTaskExecutionStateChangeDetailDict(
    _SSMMaintenanceWindowTaskExecutionStateChangeHyphenatedKeys
):
    """The `detail` of `Maintenance Window Task Execution State-change Notification`; hyphenated keys are
    documented on the base."""

    status: SSMMaintenanceWindowExecutionStatus
    """The task execution's new status."""


_SSMMaintenanceWindowTaskExecutionStateChangeRouting = TypedDict(
    "_SSMMaintenanceWindowTaskExecutionStateChangeRouting",
    {"detail-type": Literal["Maintenance Window Task Execution State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window Task Execution State-change Notification`.
"""


class SSMMaintenanceWindowTaskExecutionStateChangeEventDict(
    _SSMMaintenanceWindowTaskExecutionStateChangeRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when the execution of one task of a maintenance window execution changes
    status; `resources` holds the window's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowTaskExecutionStateChangeDetailDict
    """The task execution and its new status."""


# --- Maintenance Window Task Target Invocation State-change Notification ------------------------------------------

_SSMMaintenanceWindowTaskTargetInvocationStateChangeHyphenatedKeys = TypedDict(
    "_SSMMaintenanceWindowTaskTargetInvocationStateChangeHyphenatedKeys",
    {
        "window-id": str,
        "window-execution-id": str,
        "task-execution-id": str,
        "window-target-id": str,
        "start-time": str,
        "end-time": str,
        "owner-information": NotRequired[str],
    },
)
"""The keys of the detail whose names are not Python identifiers.

- `window-id`: the maintenance window's id.
- `window-execution-id`: the window execution's id.
- `task-execution-id`: the task execution's id.
- `window-target-id`: the id of the target the task was invoked on.
- `start-time`: when the invocation started, ISO 8601.
- `end-time`: when the invocation ended, ISO 8601.
- `owner-information`: the owner information given when the target was registered; absent when none was.
"""


class SSMMaintenanceWindowTaskTargetInvocationStateChangeDetailDict(
    _SSMMaintenanceWindowTaskTargetInvocationStateChangeHyphenatedKeys
):
    """The `detail` of `Maintenance Window Task Target Invocation State-change Notification`; hyphenated keys
    are documented on the base."""

    status: SSMMaintenanceWindowExecutionStatus
    """The invocation's new status."""


_SSMMaintenanceWindowTaskTargetInvocationStateChangeRouting = TypedDict(
    "_SSMMaintenanceWindowTaskTargetInvocationStateChangeRouting",
    {"detail-type": Literal["Maintenance Window Task Target Invocation State-change Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Maintenance Window Task Target Invocation State-change Notification`.
"""


class SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict(
    _SSMMaintenanceWindowTaskTargetInvocationStateChangeRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when a task's invocation on one target changes status; `resources` holds the
    window's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMMaintenanceWindowTaskTargetInvocationStateChangeDetailDict
    """The invocation and its new status."""


# --- Parameter Store Policy Action --------------------------------------------------------------------------------

_SSMParameterStorePolicyActionHyphenatedKeys = TypedDict(
    "_SSMParameterStorePolicyActionHyphenatedKeys",
    {
        "policy-type": Literal["Expiration", "ExpirationNotification", "NoChangeNotification"],
        "parameter-name": str,
        "parameter-type": Literal["String", "StringList", "SecureString"],
        "policy-content": str,
        "action-status": str,
        "action-reason": str,
    },
)
"""The keys of the detail whose names are not Python identifiers.

- `policy-type`: the policy that acted: one of the three parameter policy types Parameter Store documents.
- `parameter-name`: the parameter's name.
- `parameter-type`: the parameter's type (the API's closed `ParameterType`).
- `policy-content`: the policy, as the JSON text it was written in.
- `action-status`: whether the action succeeded (`Success`).
- `action-reason`: what happened, in words (`The parameter is going to expire in 2 hours. ...`).
"""


class SSMParameterStorePolicyActionDetailDict(_SSMParameterStorePolicyActionHyphenatedKeys):
    """The `detail` of `Parameter Store Policy Action`; its keys are documented on the base."""


_SSMParameterStorePolicyActionRouting = TypedDict(
    "_SSMParameterStorePolicyActionRouting",
    {"detail-type": Literal["Parameter Store Policy Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Parameter Store Policy Action`.
"""


class SSMParameterStorePolicyActionEventDict(_SSMParameterStorePolicyActionRouting, EventBridgeEnvelopeDict):
    """Parameter Store sends it when a parameter policy acts: the parameter expired, is about to, or has not
    changed for the policy's period; `resources` holds the parameter's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMParameterStorePolicyActionDetailDict
    """The parameter, the policy and what it did."""


# --- EC2 State Manager Association State Change -------------------------------------------------------------------

_EC2StateManagerAssociationStateChangeHyphenatedKeys = TypedDict(
    "_EC2StateManagerAssociationStateChangeHyphenatedKeys",
    {
        "association-id": str,
        "document-name": str,
        "association-version": str,
        "document-version": str,
        "targets": str,
        "creation-date": str,
        "last-successful-execution-date": str,
        "last-execution-date": str,
        "last-updated-date": str,
        "association-status-aggregated-count": str,
        "schedule-expression": str,
        "association-cwe-version": str,
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `association-id`: the association's id (a UUID).
- `document-name`: the SSM document the association applies.
- `association-version`: the association's version (`1`).
- `document-version`: the document version it applies (`Optional.empty` when it follows the default).
- `targets`: the association's targets, as JSON text (`[{"key":"InstanceIds","values":["i-12345678"]}]`).
- `creation-date`: when the association was created, ISO 8601.
- `last-successful-execution-date`: when it last ran successfully, ISO 8601.
- `last-execution-date`: when it last ran, ISO 8601.
- `last-updated-date`: when it was last updated, ISO 8601.
- `association-status-aggregated-count`: the number of targets per status, as JSON text (`{"Success":1}`).
- `schedule-expression`: when it runs (`cron(0 */30 * * * ? *)`, `rate(30 minutes)`).
- `association-cwe-version`: the version of this event's format (`1.0`).
"""


class EC2StateManagerAssociationStateChangeDetailDict(_EC2StateManagerAssociationStateChangeHyphenatedKeys):
    """The `detail` of `EC2 State Manager Association State Change`; hyphenated keys are documented on the
    base."""

    status: str
    """The association's new status (`Success`, `Failed`, `Pending`)."""


_EC2StateManagerAssociationStateChangeRouting = TypedDict(
    "_EC2StateManagerAssociationStateChangeRouting",
    {"detail-type": Literal["EC2 State Manager Association State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 State Manager Association State Change`.
"""


class EC2StateManagerAssociationStateChangeEventDict(
    _EC2StateManagerAssociationStateChangeRouting, EventBridgeEnvelopeDict
):
    """State Manager sends it when an association's status changes; `resources` holds the ARN of the SSM
    document it applies."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2StateManagerAssociationStateChangeDetailDict
    """The association and its new status."""


# --- EC2 State Manager Instance Association State Change ----------------------------------------------------------

_EC2StateManagerInstanceAssociationStateChangeHyphenatedKeys = TypedDict(
    "_EC2StateManagerInstanceAssociationStateChangeHyphenatedKeys",
    {
        "association-id": str,
        "instance-id": str,
        "document-name": str,
        "document-version": str,
        "targets": str,
        "creation-date": str,
        "last-successful-execution-date": str,
        "last-execution-date": str,
        "detailed-status": str,
        "error-code": str,
        "execution-summary": str,
        "output-url": str,
        "instance-association-cwe-version": str,
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `association-id`: the association's id (a UUID).
- `instance-id`: the managed node (`i-12345678`).
- `document-name`: the SSM document the association applies.
- `document-version`: the document version it applies.
- `targets`: the association's targets, as JSON text.
- `creation-date`: when the association was created, ISO 8601.
- `last-successful-execution-date`: when it last ran successfully on the node, ISO 8601.
- `last-execution-date`: when it last ran on the node, ISO 8601.
- `detailed-status`: the detailed status, may be empty.
- `error-code`: the error code of a failed run, may be empty.
- `execution-summary`: a summary of the run, in words.
- `output-url`: where the run's output was written (an S3 URL), may be empty.
- `instance-association-cwe-version`: the version of this event's format (`1`).
"""


class EC2StateManagerInstanceAssociationStateChangeDetailDict(
    _EC2StateManagerInstanceAssociationStateChangeHyphenatedKeys
):
    """The `detail` of `EC2 State Manager Instance Association State Change`; hyphenated keys are documented
    on the base."""

    status: str
    """The association's new status on the node (`Success`, `Failed`, `Pending`)."""


_EC2StateManagerInstanceAssociationStateChangeRouting = TypedDict(
    "_EC2StateManagerInstanceAssociationStateChangeRouting",
    {"detail-type": Literal["EC2 State Manager Instance Association State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `EC2 State Manager Instance Association State Change`.
"""


class EC2StateManagerInstanceAssociationStateChangeEventDict(
    _EC2StateManagerInstanceAssociationStateChangeRouting, EventBridgeEnvelopeDict
):
    """State Manager sends it when an association's status on one managed node changes; `resources` holds the
    ARNs of the instance and of the SSM document."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: EC2StateManagerInstanceAssociationStateChangeDetailDict
    """The association on the instance and its new status."""


# --- Configuration Compliance State Change ------------------------------------------------------------------------

_SSMConfigurationComplianceStateChangeHyphenatedKeys = TypedDict(
    "_SSMConfigurationComplianceStateChangeHyphenatedKeys",
    {
        "resource-type": str,
        "resource-id": str,
        "compliance-status": Literal["compliant", "non_compliant"],
        "compliance-type": str,
        "last-runtime": NotRequired[str],
        "patch-baseline-id": NotRequired[str],
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them but `severity`).

- `resource-type`: the kind of resource (`managed-instance`).
- `resource-id`: the managed node's id.
- `compliance-status`: `compliant` or `non_compliant`.
- `compliance-type`: `Association` or `Patch` (or a custom compliance type).
- `last-runtime`: `Association` only: when the association last ran, ISO 8601.
- `patch-baseline-id`: `Patch` only: the patch baseline the node was checked against.
"""


class SSMConfigurationComplianceStateChangeDetailDict(_SSMConfigurationComplianceStateChangeHyphenatedKeys):
    """The `detail` of `Configuration Compliance State Change`; hyphenated keys are documented on the base."""

    severity: NotRequired[str]
    """`Patch` only: the severity of the most severe non-compliant patch (`critical`, `high`, ...)."""


_SSMConfigurationComplianceStateChangeRouting = TypedDict(
    "_SSMConfigurationComplianceStateChangeRouting",
    {"detail-type": Literal["Configuration Compliance State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Configuration Compliance State Change`.
"""


class SSMConfigurationComplianceStateChangeEventDict(
    _SSMConfigurationComplianceStateChangeRouting, EventBridgeEnvelopeDict
):
    """Systems Manager sends it when a managed node's association or patch compliance changes; `resources`
    holds the node's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMConfigurationComplianceStateChangeDetailDict
    """The node, the kind of compliance and its new status."""


# --- Calendar State Change ----------------------------------------------------------------------------------------

class SSMCalendarStateChangeDetailDict(TypedDict):
    """The `detail` of `Calendar State Change`."""

    state: Literal["OPEN", "CLOSED"]
    """The calendar's new state: changes are allowed (`OPEN`) or not (`CLOSED`)."""
    atTime: str
    """When the state changed, ISO 8601."""
    event: str
    """The name of the calendar (its SSM document)."""
    nextTransitionTime: NotRequired[str]
    """When the state changes next, ISO 8601; absent when no change is scheduled."""


_SSMCalendarStateChangeRouting = TypedDict(
    "_SSMCalendarStateChangeRouting",
    {"detail-type": Literal["Calendar State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Calendar State Change`.
"""


class SSMCalendarStateChangeEventDict(_SSMCalendarStateChangeRouting, EventBridgeEnvelopeDict):
    """Change Calendar sends it when a calendar opens or closes; `resources` holds the calendar document's ARN."""

    source: Literal["aws.ssm"]
    """Always `aws.ssm`."""
    detail: SSMCalendarStateChangeDetailDict
    """The calendar's new state."""
