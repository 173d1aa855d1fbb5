"""AWS Database Migration Service events (`source` `aws.dms`): state changes of replication instances.

Authority: the AWS DMS User Guide, "Working with Amazon EventBridge events and notifications" (the event
categories and event ids, `DMS-EVENT-0067` and so on); `resources` holds the replication instance's ARN.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "DMSReplicationInstanceStateChangeDetailDict",
    "DMSReplicationInstanceStateChangeEventDict",
]

EVENTS = {
    "DMSReplicationInstanceStateChangeEventDict": ("aws.dms", "DMS Replication Instance State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- DMS Replication Instance State Change -------------------------------------------------------------------------

class DMSReplicationInstanceStateChangeDetailDict(TypedDict):
    """The `detail` of `DMS Replication Instance State Change`."""

    eventId: str
    """The DMS event id (`DMS-EVENT-0067`); the DMS User Guide lists each with its meaning."""
    eventType: str
    """The event's name (`CREATING_REPLICATION_INSTANCE`, `DELETING_REPLICATION_INSTANCE`)."""
    resourceLink: str
    """A link to the replication instance in the DMS console."""
    detailMessage: str
    """What happened, in words."""
    type: str
    """The kind of resource: `REPLICATION_INSTANCE`."""
    category: str
    """The event category (`Creation`, `Deletion`, `Configuration change`, `Failover`, `Failure`,
    `Low storage`, `Maintenance`)."""


_DMSReplicationInstanceStateChangeRouting = TypedDict(
    "_DMSReplicationInstanceStateChangeRouting",
    {"detail-type": Literal["DMS Replication Instance State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `DMS Replication Instance State Change`.
"""


class DMSReplicationInstanceStateChangeEventDict(_DMSReplicationInstanceStateChangeRouting, EventBridgeEnvelopeDict):
    """DMS sends it when a replication instance is created, deleted, modified, fails over, runs low on storage
    and so on."""

    source: Literal["aws.dms"]
    """Always `aws.dms`."""
    detail: DMSReplicationInstanceStateChangeDetailDict
    """What happened to the instance."""
