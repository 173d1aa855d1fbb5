"""Powertools' `iot_registry_thing_type_association_event.py`: print the type of an IoT Core
registry event (a thing type associated with a thing or dissociated from it).

Powertools' `IoTCoreThingTypeAssociationEvent` is our `IoTRegistryThingTypeAssociationEventDict`.

Differences: none.
"""

from __future__ import annotations

from lambda_events import IoTRegistryThingTypeAssociationEventDict, LambdaContext


def lambda_handler(event: IoTRegistryThingTypeAssociationEventDict, context: LambdaContext) -> None:
    """Print the event type."""
    print(f"Received IoT Core event type {event['eventType']}")
