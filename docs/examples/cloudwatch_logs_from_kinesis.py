"""Log events that a subscription filter writes into
a Kinesis data stream, read from that stream."""

from __future__ import annotations

from lambda_events import (
    KinesisStreamEventDict,
    LambdaContext,
    extract_cloudwatch_logs_from_kinesis_record,
)


def handler(event: KinesisStreamEventDict, context: LambdaContext) -> dict[str, int]:
    """Count the log events per log group across the
    batch; each record holds one compressed document."""
    counts: dict[str, int] = {}
    for record in event["Records"]:
        logs = extract_cloudwatch_logs_from_kinesis_record(record)
        counts[logs["logGroup"]] = counts.get(logs["logGroup"], 0) + len(logs["logEvents"])
    return counts
