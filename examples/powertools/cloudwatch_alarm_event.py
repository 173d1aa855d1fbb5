"""Powertools' `cloudwatch_alarm_event.py`: a CloudWatch alarm action that logs the alarm's state and
tells whether the alarm is urgent.

Differences:
- `event.alarm_data.configuration.description or ""` is `...["configuration"].get("description") or ""`:
  the key is absent when the alarm has no description.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import CloudWatchAlarmEventDict, LambdaContext

logger = logging.getLogger(__name__)


def lambda_handler(event: CloudWatchAlarmEventDict, context: LambdaContext) -> dict[str, Any]:
    """The alarm's name and ARN, and whether its description marks it as priority 1."""
    logger.info(f"Alarm {event['alarmData']['alarmName']} state is {event['alarmData']['state']['value']}")

    return {
        "name": event["alarmData"]["alarmName"],
        "arn": event["alarmArn"],
        "urgent": "Priority: P1" in (event["alarmData"]["configuration"].get("description") or ""),
    }
