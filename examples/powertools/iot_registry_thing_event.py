"""Powertools' `iot_registry_thing_event.py`: print the type of an IoT Core
registry event (a thing created, updated or deleted).

Powertools' `IoTCoreThingEvent` is our `IoTRegistryThingEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
