"""A CloudWatch alarm action: a message for the on-call
chat, for metric and composite alarms alike."""

from __future__ import annotations

import json
from typing import cast

from lambda_events import (
    CloudWatchAlarmEventDict,
    CloudWatchAlarmMetricReasonDataDict,
    LambdaContext,
)


def handler(event: CloudWatchAlarmEventDict, context: LambdaContext) -> str:
    """Say which alarm changed state, why, and on what metrics or child alarms."""
    alarm = event["alarmData"]
    state = alarm["state"]
    previous = alarm.get("previousState")  # absent before the alarm's first evaluation
    message = (
        f"{alarm['alarmName']}: {previous['value'] if previous else 'new'} -> {state['value']}"
    )
    configuration = alarm["configuration"]
    if "metrics" in configuration:  # a metric alarm (the union narrows on its keys)
        names = [
            query["metricStat"]["metric"]["name"]
            for query in configuration["metrics"]
            if "metricStat" in query
        ]
        message += f" on {', '.join(names)}"
        if "reasonData" in state:  # a JSON document in a string
            data = cast(CloudWatchAlarmMetricReasonDataDict, json.loads(state["reasonData"]))
            message += f" (recent {data['recentDatapoints']}, threshold {data['threshold']})"
    else:  # a composite alarm
        message += f" by rule {configuration['alarmRule']}"
    return message
