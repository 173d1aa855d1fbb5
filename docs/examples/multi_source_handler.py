"""A function subscribed to a queue, a topic and a schedule: type guards tell the events apart."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    LambdaContext,
    detect_event_source,
    is_eventbridge_scheduled_event,
    is_sns_event,
    is_sqs_event,
)


def handler(event: dict[str, Any], context: LambdaContext) -> list[str]:
    """Collect the messages to process, whatever delivered them.

    Each guard narrows `event` in its branch (`TypeIs`), so the keys are checked there as usual.
    """
    if is_sqs_event(event):
        return [record["body"] for record in event["Records"]]
    if is_sns_event(event):
        return [record["Sns"]["Message"] for record in event["Records"]]
    if is_eventbridge_scheduled_event(event):
        return [f"scheduled run at {event['time']}"]
    raise ValueError(f"unexpected event from {detect_event_source(event) or 'an unknown source'}")
