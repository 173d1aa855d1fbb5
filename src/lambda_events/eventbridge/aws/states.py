"""AWS Step Functions events (`source` `aws.states`): an execution of a Standard workflow changed status.

Authority: the Step Functions Developer Guide ("Automating Step Functions event delivery with EventBridge":
the execution status change event, its statuses, `inputDetails`/`outputDetails`, and the redrive keys).
`stopDate`, `input`, `output` are `null` in the console's samples while they do not apply.
"""

from typing import Literal, Optional

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "StepFunctionsExecutionStatus",
    "StepFunctionsExecutionStatusChangeDetailDict",
    "StepFunctionsExecutionStatusChangeEventDict",
    "StepFunctionsPayloadDetailsDict",
]

EVENTS = {
    "StepFunctionsExecutionStatusChangeEventDict": ("aws.states", "Step Functions Execution Status Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

StepFunctionsExecutionStatus = Literal["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]
"""An execution's status: the values the Step Functions Developer Guide lists for this event."""


class StepFunctionsPayloadDetailsDict(TypedDict):
    """Whether an execution's input or output is in the event."""

    included: bool
    """`false` when the payload was left out because the event would exceed EventBridge's size limit."""


class StepFunctionsExecutionStatusChangeDetailDict(TypedDict):
    """The `detail` of `Step Functions Execution Status Change` (Standard workflows)."""

    executionArn: str
    """The execution's ARN."""
    stateMachineArn: str
    """The state machine's ARN."""
    name: str
    """The execution's name."""
    status: StepFunctionsExecutionStatus
    """The status the execution entered."""
    startDate: int
    """When the execution started, in milliseconds since the epoch."""
    stopDate: Optional[int]
    """When the execution stopped, in milliseconds since the epoch; `null` while it runs."""
    input: Optional[str]
    """The execution's input, as JSON text; `null` when left out (see `inputDetails`)."""
    output: Optional[str]
    """The execution's output, as JSON text; `null` until it succeeds, or when left out."""
    inputDetails: NotRequired[Optional[StepFunctionsPayloadDetailsDict]]
    """Whether `input` is included; absent from older events."""
    outputDetails: NotRequired[Optional[StepFunctionsPayloadDetailsDict]]
    """Whether `output` is included; `null` until there is an output; absent from older events."""
    error: NotRequired[Optional[str]]
    """The error name of a failed, timed out or aborted execution (`States.TaskFailed`); `null` otherwise."""
    cause: NotRequired[Optional[str]]
    """The error's cause, in words; `null` otherwise."""
    redriveCount: NotRequired[int]
    """How many times the execution was redriven."""
    redriveDate: NotRequired[Optional[int]]
    """When it was last redriven, in milliseconds since the epoch."""
    redriveStatus: NotRequired[str]
    """`REDRIVABLE`, `NOT_REDRIVABLE` or `REDRIVABLE_BY_MAP_RUN`."""
    redriveStatusReason: NotRequired[str]
    """Why the execution can or cannot be redriven, in words."""


_StepFunctionsExecutionStatusChangeRouting = TypedDict(
    "_StepFunctionsExecutionStatusChangeRouting",
    {"detail-type": Literal["Step Functions Execution Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Step Functions Execution Status Change`.
"""


class StepFunctionsExecutionStatusChangeEventDict(_StepFunctionsExecutionStatusChangeRouting, EventBridgeEnvelopeDict):
    """An execution started, succeeded, failed, timed out, was aborted or is waiting to be redriven; `resources` holds the execution's ARN."""

    source: Literal["aws.states"]
    """Always `aws.states`."""
    detail: StepFunctionsExecutionStatusChangeDetailDict
    """The event's data."""
