"""A consumer of an Amazon MSK or self-managed Apache Kafka topic."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    KafkaEventDict,
    LambdaContext,
    decode_kafka_headers,
    decode_kafka_json,
    decode_kafka_key,
)


def handler(event: KafkaEventDict, context: LambdaContext) -> list[dict[str, Any]]:
    """Decode every record of every partition: key, JSON
    value and headers (a header name may repeat)."""
    decoded: list[dict[str, Any]] = []
    for topic_partition, records in event["records"].items():  # "orders-0": records of partition 0
        for record in records:
            key = decode_kafka_key(record)  # None when the producer sent no key
            decoded.append(
                {
                    "partition": topic_partition,
                    "offset": record["offset"],
                    "key": key.decode() if key is not None else None,
                    "value": decode_kafka_json(record),
                    "headers": [
                        (name, value.decode()) for name, value in decode_kafka_headers(record)
                    ],
                }
            )
    return decoded
