"""A function run on a schedule by an EventBridge rule (`rate(1 day)` or a cron expression)."""

from __future__ import annotations

from datetime import datetime, timedelta

from lambda_events import LambdaContext, ScheduledEventDict


def handler(event: ScheduledEventDict, context: LambdaContext) -> dict[str, str]:
    """Plan the cleanup of the day before the scheduled time.

    It reads the scheduled `time` rather than the clock, so
    a late or retried invocation does the same work."""
    scheduled = datetime.strptime(event["time"], "%Y-%m-%dT%H:%M:%SZ")
    day = (scheduled - timedelta(days=1)).date().isoformat()
    rule_name = event["resources"][0].rsplit("/", 1)[-1]
    return {"rule": rule_name, "clean_up_day": day}
