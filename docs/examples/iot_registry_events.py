"""A rule on AWS IoT registry events that keeps an inventory of things up to date."""

from __future__ import annotations

from lambda_events import IoTRegistryEventDict, LambdaContext

INVENTORY: dict[str, dict[str, str]] = {}
"""Things by name, with their attributes."""


def handler(event: IoTRegistryEventDict, context: LambdaContext) -> str:
    """Apply a thing's creation, update or deletion; other registry events are only reported.

    `eventType` narrows the union to the event's own keys.
    """
    if event["eventType"] != "THING_EVENT":
        return f"ignored {event['eventType']}"
    if event["operation"] == "DELETED":
        INVENTORY.pop(event["thingName"], None)
    else:
        INVENTORY[event["thingName"]] = dict(event["attributes"])
    return f"{event['operation'].lower()} {event['thingName']} (version {event['versionNumber']})"
