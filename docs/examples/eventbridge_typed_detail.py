"""An EventBridge rule target whose `detail` is
typed: the EC2 instance state-change notification."""

from __future__ import annotations

from typing import Literal, TypedDict

from lambda_events import EventBridgeEventDict, LambdaContext


class InstanceStateChangeDict(TypedDict):
    """The `detail` of an `EC2 Instance State-change Notification` event."""

    instance_id: str
    """The instance whose state changed."""
    state: Literal["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]
    """The state it entered."""


InstanceStateChangeEventDict = EventBridgeEventDict[InstanceStateChangeDict]
"""The whole event: the envelope's keys typed by the library, `detail` by the class above."""


def handler(event: InstanceStateChangeEventDict, context: LambdaContext) -> str | None:
    """Report an instance that stopped or terminated; ignore the other states."""
    detail = event["detail"]
    if detail["state"] not in ("stopped", "terminated"):
        return None
    replay = event.get("replay-name")  # present only when the event is re-sent from an archive
    suffix = f" (replayed by {replay})" if replay is not None else ""
    instance, state = detail["instance_id"], detail["state"]
    return f"{instance} in {event['region']} is {state} at {event['time']}{suffix}"
