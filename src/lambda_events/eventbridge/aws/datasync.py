"""AWS DataSync events (`source` `aws.datasync`): state changes of agents, locations, tasks and task
executions.

Authority: the DataSync User Guide, "Monitoring events with Amazon EventBridge" (each `detail` holds only
`State`; `resources` holds the ARN of the agent, location, task or execution), and the API reference for the
state values.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "DataSyncAgentStateChangeDetailDict",
    "DataSyncAgentStateChangeEventDict",
    "DataSyncLocationStateChangeDetailDict",
    "DataSyncLocationStateChangeEventDict",
    "DataSyncTaskExecutionStateChangeDetailDict",
    "DataSyncTaskExecutionStateChangeEventDict",
    "DataSyncTaskStateChangeDetailDict",
    "DataSyncTaskStateChangeEventDict",
]

EVENTS = {
    "DataSyncTaskExecutionStateChangeEventDict": ("aws.datasync", "DataSync Task Execution State Change"),
    "DataSyncTaskStateChangeEventDict": ("aws.datasync", "DataSync Task State Change"),
    "DataSyncAgentStateChangeEventDict": ("aws.datasync", "DataSync Agent State Change"),
    "DataSyncLocationStateChangeEventDict": ("aws.datasync", "DataSync Location State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- DataSync Task Execution State Change --------------------------------------------------------------------------

class DataSyncTaskExecutionStateChangeDetailDict(TypedDict):
    """The `detail` of `DataSync Task Execution State Change`."""

    State: str
    """The execution's new state: `QUEUED`, `LAUNCHING`, `PREPARING`, `TRANSFERRING`, `VERIFYING`,
    `SUCCESS`, `CANCELLING`, `ERROR`. A `str`, not a closed set: the console's samples also show
    values the API reference does not list (`SYNCING`)."""


_DataSyncTaskExecutionStateChangeRouting = TypedDict(
    "_DataSyncTaskExecutionStateChangeRouting",
    {"detail-type": Literal["DataSync Task Execution State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `DataSync Task Execution State Change`.
"""


class DataSyncTaskExecutionStateChangeEventDict(_DataSyncTaskExecutionStateChangeRouting, EventBridgeEnvelopeDict):
    """DataSync sends it when a task execution (one run of a task) changes state; `resources` holds the
    execution's ARN."""

    source: Literal["aws.datasync"]
    """Always `aws.datasync`."""
    detail: DataSyncTaskExecutionStateChangeDetailDict
    """The execution's new state."""


# --- DataSync Task State Change ------------------------------------------------------------------------------------

class DataSyncTaskStateChangeDetailDict(TypedDict):
    """The `detail` of `DataSync Task State Change`."""

    State: str
    """The task's new state: `AVAILABLE`, `CREATING`, `QUEUED`, `RUNNING`,
    `UNAVAILABLE`. A `str`, not a closed set: the console's samples also show
    values the API reference does not list (`SYNCING`)."""


_DataSyncTaskStateChangeRouting = TypedDict(
    "_DataSyncTaskStateChangeRouting",
    {"detail-type": Literal["DataSync Task State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `DataSync Task State Change`.
"""


class DataSyncTaskStateChangeEventDict(_DataSyncTaskStateChangeRouting, EventBridgeEnvelopeDict):
    """DataSync sends it when a task changes state; `resources` holds the task's ARN."""

    source: Literal["aws.datasync"]
    """Always `aws.datasync`."""
    detail: DataSyncTaskStateChangeDetailDict
    """The task's new state."""


# --- DataSync Agent State Change -----------------------------------------------------------------------------------

class DataSyncAgentStateChangeDetailDict(TypedDict):
    """The `detail` of `DataSync Agent State Change`."""

    State: str
    """The agent's new state: `ONLINE` or `OFFLINE`. A `str`, not a closed set: the console's samples also show
    values the API reference does not list (`SYNCING`)."""


_DataSyncAgentStateChangeRouting = TypedDict(
    "_DataSyncAgentStateChangeRouting",
    {"detail-type": Literal["DataSync Agent State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `DataSync Agent State Change`.
"""


class DataSyncAgentStateChangeEventDict(_DataSyncAgentStateChangeRouting, EventBridgeEnvelopeDict):
    """DataSync sends it when an agent goes online or offline; `resources` holds the agent's ARN."""

    source: Literal["aws.datasync"]
    """Always `aws.datasync`."""
    detail: DataSyncAgentStateChangeDetailDict
    """The agent's new state."""


# --- DataSync Location State Change --------------------------------------------------------------------------------

class DataSyncLocationStateChangeDetailDict(TypedDict):
    """The `detail` of `DataSync Location State Change`."""

    State: str
    """The location's new state: `ADDING`, `AVAILABLE`. A `str`, not a closed set: the console's samples also show
    values the API reference does not list (`SYNCING`)."""


_DataSyncLocationStateChangeRouting = TypedDict(
    "_DataSyncLocationStateChangeRouting",
    {"detail-type": Literal["DataSync Location State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `DataSync Location State Change`.
"""


class DataSyncLocationStateChangeEventDict(_DataSyncLocationStateChangeRouting, EventBridgeEnvelopeDict):
    """DataSync sends it when a location changes state; `resources` holds the location's ARN."""

    source: Literal["aws.datasync"]
    """Always `aws.datasync`."""
    detail: DataSyncLocationStateChangeDetailDict
    """The location's new state."""
