"""EventBridge handlers: one with a typed detail, one with the detail of unknown shape."""

from __future__ import annotations

from typing import Any, Literal

from lambda_events import EventBridgeEventDict
from lambda_events._typing import TypedDict


class InstanceStateChangeDict(TypedDict):
    """The detail of an `EC2 Instance State-change Notification`."""

    instance_id: str
    """The instance."""
    state: Literal["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]
    """Its new state."""


def on_state_change(event: EventBridgeEventDict[InstanceStateChangeDict], context: object) -> str:
    """React to an EC2 state change."""
    detail = event["detail"]
    replayed = " (replayed)" if "replay-name" in event else ""
    return f"{event['detail-type']}: {detail['instance_id']} is {detail['state']}{replayed}"


def audit(event: EventBridgeEventDict, context: object) -> dict[str, Any]:
    """Record any event; its detail is a plain dictionary."""
    detail: dict[str, Any] = event["detail"]
    return {"source": event["source"], "keys": sorted(detail), "resources": event["resources"]}
