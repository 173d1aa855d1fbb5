"""An AppSync Events channel namespace handler: checks
subscriptions and transforms published events."""

from __future__ import annotations

from typing import Any, cast

from lambda_events import (
    AppSyncEventsEventDict,
    AppSyncEventsOutgoingEventDict,
    AppSyncEventsResponseDict,
    LambdaContext,
)


def text_of(payload: Any) -> str | None:
    """The `text` of a published event that is a JSON object with one, else `None`."""
    if not isinstance(payload, dict):
        return None
    text = cast("dict[str, object]", payload).get("text")  # a JSON object's keys are strings
    return text if isinstance(text, str) else None


def handler(
    event: AppSyncEventsEventDict, context: LambdaContext
) -> AppSyncEventsResponseDict | None:
    """Signed-in users only may subscribe; published events
    must be objects with a `text`, which is cleaned."""
    if event["info"]["operation"] == "SUBSCRIBE":
        if event["identity"] is None:
            return {"error": "sign in to subscribe"}
        return None  # allowed
    answered: list[AppSyncEventsOutgoingEventDict] = []
    for published in event["events"] or []:
        text = text_of(published["payload"])
        if text is not None:
            answered.append(
                {"id": published["id"], "payload": {**published["payload"], "text": text.strip()}}
            )
        else:
            answered.append({"id": published["id"], "error": "an event is an object with a text"})
    return {"events": answered}
