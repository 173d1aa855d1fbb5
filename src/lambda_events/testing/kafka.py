"""Test events of Apache Kafka event source mappings (Amazon MSK or self-managed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, Union

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Payload, Scenario, Seed, b64, payload_bytes

if TYPE_CHECKING:
    from lambda_events.types.kafka import KafkaEventDict, KafkaRecordDict

__all__ = ["kafka_event"]


def kafka_event(
    *,
    values: Sequence[Payload] = (b"Hello from Kafka!",),
    topic: str = "orders",
    partition: int = 0,
    keys: Optional[Sequence[Optional[Payload]]] = None,
    headers: Sequence[tuple[str, Union[bytes, str]]] = (),
    self_managed: bool = False,
    cluster: str = "example-cluster",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KafkaEventDict:
    """A Kafka batch with one record per value, all from one topic partition, in offset order.

    `keys` pairs a key with each value (`None`: a record without key); `headers` are given to every record,
    in order. An Amazon MSK event unless `self_managed`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    first_offset = scene.rng.randrange(0, 100_000)
    records: list[KafkaRecordDict] = []
    for index, value in enumerate(values):
        record: KafkaRecordDict = {
            "topic": topic,
            "partition": partition,
            "offset": first_offset + index,
            "timestamp": scene.epoch_ms(index - 1000),
            "timestampType": "CREATE_TIME",
            "value": b64(payload_bytes(value)),
            "headers": [{name: list(payload_bytes(header))} for name, header in headers],
        }
        key = keys[index] if keys is not None and index < len(keys) else None
        if key is not None:
            record["key"] = b64(payload_bytes(key))
        records.append(record)
    if self_managed:
        return {
            "eventSource": "SelfManagedKafka",
            "bootstrapServers": "kafka-1.example.com:9092,kafka-2.example.com:9092",
            "records": {f"{topic}-{partition}": records},
        }
    label = scene.lower_id(6)
    brokers = ",".join(f"b-{n}.{cluster}.{label}.c2.kafka.{region}.amazonaws.com:9098" for n in (1, 2))
    return {
        "eventSource": "aws:kafka",
        "eventSourceArn": scene.arn("kafka", f"cluster/{cluster}/{scene.uuid()}-2"),
        "bootstrapServers": brokers,
        "records": {f"{topic}-{partition}": records},
    }
