"""Test events of AWS Database Migration Service (`aws.dms`): replication instance state changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.dms import DMSReplicationInstanceStateChangeEventDict

__all__ = ["dms_replication_instance_state_change_event"]

_EVENTS = {  # event type -> (event id, category, message), as in AWS's samples
    "CREATING_REPLICATION_INSTANCE": ("DMS-EVENT-0067", "Creation", "A replication instance is being created."),
    "DELETING_REPLICATION_INSTANCE": ("DMS-EVENT-0066", "Deletion", "The replication instance is being deleted."),
}


def dms_replication_instance_state_change_event(
    *,
    event_type: str = "CREATING_REPLICATION_INSTANCE",
    instance_name: str = "migration-instance",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DMSReplicationInstanceStateChangeEventDict:
    """The replication instance `instance_name` is being created (`CREATING_REPLICATION_INSTANCE`) or deleted
    (`DELETING_REPLICATION_INSTANCE`; `ValueError` for other values), with the event id, category and message
    AWS's samples show for it."""
    check_one_of("event_type", event_type, _EVENTS)
    event_id, category, message = _EVENTS[event_type]
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("dms", f"rep:{scene.chars(39)}")]),
        "source": "aws.dms",
        "detail-type": "DMS Replication Instance State Change",
        "detail": {
            "eventId": event_id,
            "eventType": event_type,
            "resourceLink": f"https://console.aws.amazon.com/dms/v2/home?region={region}"
            f"#replicationInstanceDetails/{instance_name}",
            "detailMessage": message,
            "type": "REPLICATION_INSTANCE",
            "category": category,
        },
    }
