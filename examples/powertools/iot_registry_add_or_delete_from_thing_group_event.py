"""Powertools' `iot_registry_add_or_delete_from_thing_group_event.py`: print the type of an IoT Core
registry event (a thing group added to or removed from a parent group).

Powertools' `IoTCoreAddOrDeleteFromThingGroupEvent` is our `IoTRegistryThingGroupHierarchyEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingGroupHierarchyEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingGroupHierarchyEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
