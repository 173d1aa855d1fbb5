"""A CloudWatch alarm action that posts a summary of the state change to a chat channel."""

from __future__ import annotations

import json
from typing import cast

from lambda_events import (
    CloudWatchAlarmCompositeReasonDataDict,
    CloudWatchAlarmEventDict,
    CloudWatchAlarmMetricReasonDataDict,
)


def post(message: str) -> None:
    """Pretend to post to a chat channel."""


def handler(event: CloudWatchAlarmEventDict, context: object) -> None:
    """Summarise the alarm, its metrics or child alarms, and the data behind the change."""
    alarm = event["alarmData"]
    state = alarm["state"]
    configuration = alarm["configuration"]
    before = alarm["previousState"]["value"] if "previousState" in alarm else "new"
    summary = f"{alarm['alarmName']}: {before} -> {state['value']} ({state['reason']})"
    if "metrics" in configuration:
        names = [query["metricStat"]["metric"]["name"] for query in configuration["metrics"] if "metricStat" in query]
        summary += f" on {', '.join(names)}"
        if "reasonData" in state:
            data = cast(CloudWatchAlarmMetricReasonDataDict, json.loads(state["reasonData"]))
            summary += f", threshold {data['threshold']}, recent {data['recentDatapoints']}"
    else:
        summary += f" by rule {configuration['alarmRule']}"
        if "reasonData" in state:
            composite = cast(CloudWatchAlarmCompositeReasonDataDict, json.loads(state["reasonData"]))
            summary += f", triggered by {[child['arn'] for child in composite['triggeringAlarms']]}"
        if state.get("actionsSuppressedBy") == "WaitPeriod":
            return
    post(summary)
