"""Amazon RDS events (`source` `aws.rds`): the RDS event notifications (failover, backup, maintenance,
configuration changes ...) about DB instances, clusters, snapshots, parameter groups and security groups.

Authority: the Amazon RDS User Guide, "Creating a rule that triggers on an Amazon RDS event" and "Amazon RDS
event categories and event messages"; every detail-type shares one `detail` shape.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "RDSDBClusterDetailDict",
    "RDSDBClusterEventDict",
    "RDSDBClusterSnapshotDetailDict",
    "RDSDBClusterSnapshotEventDict",
    "RDSDBInstanceDetailDict",
    "RDSDBInstanceEventDict",
    "RDSDBParameterGroupDetailDict",
    "RDSDBParameterGroupEventDict",
    "RDSDBSecurityGroupDetailDict",
    "RDSDBSecurityGroupEventDict",
    "RDSDBSnapshotDetailDict",
    "RDSDBSnapshotEventDict",
]

EVENTS = {
    "RDSDBInstanceEventDict": ("aws.rds", "RDS DB Instance Event"),
    "RDSDBClusterEventDict": ("aws.rds", "RDS DB Cluster Event"),
    "RDSDBSnapshotEventDict": ("aws.rds", "RDS DB Snapshot Event"),
    "RDSDBClusterSnapshotEventDict": ("aws.rds", "RDS DB Cluster Snapshot Event"),
    "RDSDBParameterGroupEventDict": ("aws.rds", "RDS DB Parameter Group Event"),
    "RDSDBSecurityGroupEventDict": ("aws.rds", "RDS DB Security Group Event"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- RDS DB Instance Event -----------------------------------------------------------------------------------------

class _RDSEventDetailDict(TypedDict):
    """The `detail` every RDS event has, whatever the kind of resource it is about."""

    EventCategories: list[str]
    """The categories of the event (`failover`, `creation`, `deletion`, `backup`, `notification`,
    `configuration change`); the RDS User Guide lists them per source type."""
    SourceType: str
    """The kind of resource the event is about (`DB_INSTANCE`, `CLUSTER`, `SNAPSHOT`, `CLUSTER_SNAPSHOT`,
    `DB_PARAM`, `SECURITY_GROUP`). A `str`: the spellings in events differ from the API's `SourceType`."""
    SourceArn: str
    """The ARN of the resource the event is about."""
    Date: str
    """When the event happened, ISO 8601 with milliseconds."""
    SourceIdentifier: str
    """The name of the resource the event is about (`mydbinstance`, `rds:mydb-2024-01-01-00-00`)."""
    Message: str
    """What happened, in words (`A Multi-AZ failover has completed.`)."""
    EventID: NotRequired[str]
    """The RDS event id (`RDS-EVENT-0049`); the user guide's tables explain each. Shown in the user guide's
    examples, absent in the console's samples."""
    Tags: NotRequired[dict[str, str]]
    """The resource's tags, by key; shown in the user guide's examples, absent in the console's samples."""


class RDSDBInstanceDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Instance Event`: an event about a DB instance."""


_RDSDBInstanceRouting = TypedDict(
    "_RDSDBInstanceRouting",
    {"detail-type": Literal["RDS DB Instance Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Instance Event`.
"""


class RDSDBInstanceEventDict(_RDSDBInstanceRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB instance."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBInstanceDetailDict
    """The event."""


# --- RDS DB Cluster Event ------------------------------------------------------------------------------------------

class RDSDBClusterDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Cluster Event`: an event about a DB cluster."""


_RDSDBClusterRouting = TypedDict(
    "_RDSDBClusterRouting",
    {"detail-type": Literal["RDS DB Cluster Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Cluster Event`.
"""


class RDSDBClusterEventDict(_RDSDBClusterRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB cluster (Aurora, Multi-AZ
    DB clusters)."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBClusterDetailDict
    """The event."""


# --- RDS DB Snapshot Event -----------------------------------------------------------------------------------------

class RDSDBSnapshotDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Snapshot Event`: an event about a DB snapshot."""


_RDSDBSnapshotRouting = TypedDict(
    "_RDSDBSnapshotRouting",
    {"detail-type": Literal["RDS DB Snapshot Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Snapshot Event`.
"""


class RDSDBSnapshotEventDict(_RDSDBSnapshotRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB snapshot."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBSnapshotDetailDict
    """The event."""


# --- RDS DB Cluster Snapshot Event ---------------------------------------------------------------------------------

class RDSDBClusterSnapshotDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Cluster Snapshot Event`: an event about a DB cluster snapshot."""


_RDSDBClusterSnapshotRouting = TypedDict(
    "_RDSDBClusterSnapshotRouting",
    {"detail-type": Literal["RDS DB Cluster Snapshot Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Cluster Snapshot Event`.
"""


class RDSDBClusterSnapshotEventDict(_RDSDBClusterSnapshotRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB cluster
    snapshot."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBClusterSnapshotDetailDict
    """The event."""


# --- RDS DB Parameter Group Event ----------------------------------------------------------------------------------

class RDSDBParameterGroupDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Parameter Group Event`: an event about a DB parameter group."""


_RDSDBParameterGroupRouting = TypedDict(
    "_RDSDBParameterGroupRouting",
    {"detail-type": Literal["RDS DB Parameter Group Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Parameter Group Event`.
"""


class RDSDBParameterGroupEventDict(_RDSDBParameterGroupRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB parameter group."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBParameterGroupDetailDict
    """The event."""


# --- RDS DB Security Group Event -----------------------------------------------------------------------------------

class RDSDBSecurityGroupDetailDict(_RDSEventDetailDict):
    """The `detail` of `RDS DB Security Group Event`: an event about a DB security group."""


_RDSDBSecurityGroupRouting = TypedDict(
    "_RDSDBSecurityGroupRouting",
    {"detail-type": Literal["RDS DB Security Group Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `RDS DB Security Group Event`.
"""


class RDSDBSecurityGroupEventDict(_RDSDBSecurityGroupRouting, EventBridgeEnvelopeDict):
    """RDS sends it for an event about a DB security group."""

    source: Literal["aws.rds"]
    """Always `aws.rds`."""
    detail: RDSDBSecurityGroupDetailDict
    """The event."""
