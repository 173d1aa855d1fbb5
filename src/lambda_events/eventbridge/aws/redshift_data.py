"""Amazon Redshift Data API events (`source` `aws.redshift-data`): a SQL statement run with `WithEvent` ended.

Authority: the Amazon Redshift Management Guide, "Monitoring events for the Amazon Redshift Data API in Amazon
EventBridge"; `resources` holds the cluster's or workgroup's ARN.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "RedshiftDataStatementStatusChangeDetailDict",
    "RedshiftDataStatementStatusChangeEventDict",
]

EVENTS = {
    "RedshiftDataStatementStatusChangeEventDict": ("aws.redshift-data", "Redshift Data Statement Status Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Redshift Data Statement Status Change -------------------------------------------------------------------------

class RedshiftDataStatementStatusChangeDetailDict(TypedDict):
    """The `detail` of `Redshift Data Statement Status Change`."""

    statementId: str
    """The statement's id (a UUID): pass it to `GetStatementResult` or `DescribeStatement`."""
    state: str
    """How the statement ended (`FINISHED`, `FAILED`, `ABORTED`; the console's sample shows `COMPLETE`)."""
    rows: int
    """How many rows the statement returned or changed."""
    pages: int
    """How many pages of results `GetStatementResult` returns."""
    expireAt: str
    """When the results stop being available, ISO 8601."""
    principal: str
    """The ARN of the principal that ran the statement."""
    statementName: NotRequired[str]
    """The name given to the statement with `StatementName`; absent when none was."""


_RedshiftDataStatementStatusChangeRouting = TypedDict(
    "_RedshiftDataStatementStatusChangeRouting",
    {"detail-type": Literal["Redshift Data Statement Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Redshift Data Statement Status Change`.
"""


class RedshiftDataStatementStatusChangeEventDict(_RedshiftDataStatementStatusChangeRouting, EventBridgeEnvelopeDict):
    """The Data API sends it when a statement submitted with `WithEvent=true` finishes, fails or is aborted."""

    source: Literal["aws.redshift-data"]
    """Always `aws.redshift-data`."""
    detail: RedshiftDataStatementStatusChangeDetailDict
    """The statement and how it ended."""
