"""A function run by an EventBridge schedule rule (`rate(1 hour)`) that cleans up once per tick."""

from __future__ import annotations

from lambda_events import ScheduledEventDict


def handler(event: ScheduledEventDict, context: object) -> str:
    """Use the scheduled time, not the clock, so a late or retried invocation does the same work."""
    rule_arn = event["resources"][0]
    return f"cleanup for {event['time']} by {rule_arn.rsplit('/', 1)[-1]} ({event['detail-type']})"
