"""Powertools' `eventBridgeEvent.py`: read an EventBridge event's detail type and its detail's `state`.

Differences: none.
"""

from __future__ import annotations

from typing import Any

from lambda_events import EventBridgeEventDict, LambdaContext


def lambda_handler(event: EventBridgeEventDict, context: LambdaContext) -> dict[str, Any]:
    """The detail type and the detail's state."""
    detail_type = event["detail-type"]
    state = event["detail"].get("state")

    return {"detail_type": detail_type, "state": state}
