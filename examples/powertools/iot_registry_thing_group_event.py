"""Powertools' `iot_registry_thing_group_event.py`: print the type of an IoT Core
registry event (a thing group created, updated or deleted).

Powertools' `IoTCoreThingGroupEvent` is our `IoTRegistryThingGroupEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingGroupEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingGroupEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
