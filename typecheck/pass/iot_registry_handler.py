"""An AWS IoT rule action function that mirrors registry changes into an inventory."""

from __future__ import annotations

from lambda_events import IoTRegistryEventDict


def handler(event: IoTRegistryEventDict, context: object) -> str:
    """Describe the registry change, using the keys of each event type."""
    if event["eventType"] == "THING_EVENT":
        thing_type = event["thingTypeName"] or "untyped"
        return f"thing {event['thingName']} {event['operation']} (v{event['versionNumber']}, {thing_type})"
    if event["eventType"] == "THING_TYPE_EVENT":
        deprecated = " deprecated" if event["isDeprecated"] else ""
        return f"thing type {event['thingTypeName']} {event['operation']}{deprecated}"
    if event["eventType"] == "THING_TYPE_ASSOCIATION_EVENT":
        return f"{event['thingName']} {event['operation']} type {event['thingTypeName']}"
    if event["eventType"] == "THING_GROUP_EVENT":
        path = "/".join(group["groupId"] for group in event["rootToParentThingGroups"])
        return f"group {event['thingGroupName']} {event['operation']} under {path or 'the root'}"
    if event["eventType"] == "THING_GROUP_MEMBERSHIP_EVENT":
        return f"{event['thingArn']} {event['operation']} {event['groupArn']}"
    return f"group {event['childGroupName']} {event['operation']} in {event['thingGroupName']}"
