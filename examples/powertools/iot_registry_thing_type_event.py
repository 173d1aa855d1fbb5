"""Powertools' `iot_registry_thing_type_event.py`: print the type of an IoT Core
registry event (a thing type created, updated, deprecated or deleted).

Powertools' `IoTCoreThingTypeEvent` is our `IoTRegistryThingTypeEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingTypeEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingTypeEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
