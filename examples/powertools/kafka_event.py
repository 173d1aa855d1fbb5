"""Powertools' `kafka_event.py`: hand each Kafka record's topic and value to a function.

Differences:
- `event.records` (every record) is the records of every topic-partition: Lambda groups them by
  topic and partition in `event["records"]`, and the handler walks the groups.
- A record's value is absent or `null` for a tombstone; `do_something_with` takes an `Optional[str]`.
"""

from __future__ import annotations

from typing import Optional

from lambda_events import KafkaEventDict, LambdaContext


def do_something_with(key: str, value: Optional[str]) -> None:
    """Print the topic and the (base64) value."""
    print(f"key: {key}, value: {value}")


def lambda_handler(event: KafkaEventDict, context: LambdaContext) -> str:
    """Process every record of every topic-partition."""
    for records in event["records"].values():
        for record in records:
            do_something_with(record["topic"], record.get("value"))
    return "success"
