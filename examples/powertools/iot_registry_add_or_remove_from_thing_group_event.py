"""Powertools' `iot_registry_add_or_remove_from_thing_group_event.py`: print the type of an IoT Core
registry event (a thing added to or removed from a thing group).

Powertools' `IoTCoreAddOrRemoveFromThingGroupEvent` is our `IoTRegistryThingGroupMembershipEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingGroupMembershipEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingGroupMembershipEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
