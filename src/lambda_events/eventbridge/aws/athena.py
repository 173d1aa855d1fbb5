"""Amazon Athena events (`source` `aws.athena`): a query changed state.

Authority: the Athena User Guide ("Monitor Athena query events with EventBridge": the query state change
event and `athenaError`) and the Athena API Reference (`QueryExecutionState`, `StatementType`,
`AthenaError`).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AthenaErrorDict",
    "AthenaQueryState",
    "AthenaQueryStateChangeDetailDict",
    "AthenaQueryStateChangeEventDict",
]

EVENTS = {
    "AthenaQueryStateChangeEventDict": ("aws.athena", "Athena Query State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

AthenaQueryState = Literal["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]
"""A query's state: the `QueryExecutionState` values of the Athena API Reference."""


class AthenaErrorDict(TypedDict):
    """Why a query failed."""

    errorCategory: float
    """`1` a system error, `2` a user error, `3` other."""
    errorType: float
    """The detailed error code (see "Athena error catalog")."""
    errorMessage: str
    """The error in words."""
    retryable: bool
    """Whether running the query again may succeed."""


class AthenaQueryStateChangeDetailDict(TypedDict):
    """The `detail` of `Athena Query State Change`."""

    versionId: str
    """The detail format version, `0`."""
    currentState: AthenaQueryState
    """The state the query entered."""
    previousState: AthenaQueryState
    """The state it left."""
    statementType: Literal["DDL", "DML", "UTILITY"]
    """The kind of statement: the three `StatementType` values of the Athena API Reference."""
    queryExecutionId: str
    """The query execution's id."""
    workgroupName: str
    """The workgroup the query ran in."""
    sequenceNumber: str
    """A counter of the query's events, as text: order them with it."""
    athenaError: NotRequired[AthenaErrorDict]
    """`FAILED`: why."""


_AthenaQueryStateChangeRouting = TypedDict(
    "_AthenaQueryStateChangeRouting",
    {"detail-type": Literal["Athena Query State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Athena Query State Change`.
"""


class AthenaQueryStateChangeEventDict(_AthenaQueryStateChangeRouting, EventBridgeEnvelopeDict):
    """A query moved from one state to another; `resources` is empty."""

    source: Literal["aws.athena"]
    """Always `aws.athena`."""
    detail: AthenaQueryStateChangeDetailDict
    """The event's data."""
