"""A Kafka consumer (Amazon MSK or self-managed) that reads keys, values and headers."""

from __future__ import annotations

import base64
import json

from lambda_events import KafkaEventDict, KafkaRecordDict


def header_values(record: KafkaRecordDict, name: str) -> list[str]:
    """Every value of a header, in order (a name can repeat)."""
    return [bytes(value).decode() for header in record["headers"] for key, value in header.items() if key == name]


def handler(event: KafkaEventDict, context: object) -> None:
    """Print each order with its key, partition and trace header."""
    cluster = event.get("eventSourceArn", event["bootstrapServers"])
    for topic_partition, records in event["records"].items():
        for record in records:
            key = record.get("key")
            order_id = base64.b64decode(key).decode() if key is not None else "(no key)"
            value = record.get("value")
            if value is None:  # a tombstone: the key was deleted
                continue
            order = json.loads(base64.b64decode(value))
            schema = record.get("valueSchemaMetadata")
            schema_id = schema["schemaId"] if schema else "none"
            traces = header_values(record, "traceparent")
            print(cluster, topic_partition, record["offset"], order_id, order, schema_id, traces)
