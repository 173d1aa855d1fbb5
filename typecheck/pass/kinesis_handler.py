"""A Kinesis consumer that reports the first record it could not process, and a tumbling-window counter."""

from __future__ import annotations

import base64
import json
from typing import Any

from lambda_events import (
    KinesisStreamBatchResponseDict,
    KinesisStreamEventDict,
    KinesisStreamTimeWindowEventDict,
    KinesisStreamTimeWindowResponseDict,
)


def record_reading(device: str, reading: dict[str, Any], arrived_at: float) -> None:
    """Pretend to store a sensor reading."""


def handler(event: KinesisStreamEventDict, context: object) -> KinesisStreamBatchResponseDict:
    """Store each reading; on the first bad record, report it so Lambda retries from there."""
    for record in event["Records"]:
        payload = record["kinesis"]
        try:
            reading = json.loads(base64.b64decode(payload["data"]))
        except ValueError:
            return {"batchItemFailures": [{"itemIdentifier": payload["sequenceNumber"]}]}
        record_reading(payload["partitionKey"], reading, payload["approximateArrivalTimestamp"])
    return {"batchItemFailures": []}


def count_per_device(event: KinesisStreamTimeWindowEventDict, context: object) -> KinesisStreamTimeWindowResponseDict:
    """Count records per partition key over each window; publish the counts when the window closes."""
    counts: dict[str, int] = {key: int(value) for key, value in event.get("state", {}).items()}
    for record in event["Records"]:
        key = record["kinesis"]["partitionKey"]
        counts[key] = counts.get(key, 0) + 1
    if event["isFinalInvokeForWindow"]:
        print(f"{event['shardId']} {event['window']['start']}..{event['window']['end']}: {counts}")
        return {"state": {}}
    return {"state": dict(counts)}
