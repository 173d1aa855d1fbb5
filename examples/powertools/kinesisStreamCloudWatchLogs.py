"""Powertools' `kinesisStreamCloudWatchLogs.py`: look for log data among CloudWatch Logs subscription
records delivered through a Kinesis stream.

Differences:
- `extract_cloudwatch_logs_from_event` is `extract_cloudwatch_logs_from_kinesis_event`.
"""

from __future__ import annotations

from lambda_events import (
    CloudWatchLogsDecodedDataDict,
    KinesisStreamEventDict,
    LambdaContext,
    extract_cloudwatch_logs_from_kinesis_event,
)


def lambda_handler(event: KinesisStreamEventDict, context: LambdaContext) -> str:
    """Whether any record carries log events (rather than CloudWatch Logs' control messages)."""
    logs: list[CloudWatchLogsDecodedDataDict] = extract_cloudwatch_logs_from_kinesis_event(event)
    for log in logs:
        if log["messageType"] == "DATA_MESSAGE":
            return "success"
    return "nothing to be processed"
