"""An AppSync Events channel namespace handler (Direct Lambda integration)."""

from __future__ import annotations

from typing import Any, cast

from lambda_events import AppSyncEventsEventDict, AppSyncEventsOutgoingEventDict, AppSyncEventsResponseDict


def handler(event: AppSyncEventsEventDict, context: object) -> AppSyncEventsResponseDict | None:
    """Allow subscriptions to public channels; upper-case text events and reject the others."""
    info = event["info"]
    if info["operation"] == "SUBSCRIBE":
        if info["channel"]["segments"][1:2] == ["private"] and event["identity"] is None:
            return {"error": "private channels need a signed-in user"}
        return None
    answered: list[AppSyncEventsOutgoingEventDict] = []
    for published in event["events"] or []:
        payload = published["payload"]
        text = cast("dict[str, Any]", payload).get("text") if isinstance(payload, dict) else None
        if isinstance(text, str):
            answered.append({"id": published["id"], "payload": {"text": text.upper()}})
        else:
            answered.append({"id": published["id"], "error": "only text events are accepted"})
    return {"events": answered}
