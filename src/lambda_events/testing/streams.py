"""Test events of the streaming services: Kinesis Data Streams, Amazon Data Firehose, CloudWatch Logs
subscriptions and Kafka (Amazon MSK or self-managed)."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    Scenario,
    Seed,
    b64,
    json_text,
    payload_bytes,
)

if TYPE_CHECKING:
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsDecodedDataDict, CloudWatchLogsEventDict
    from lambda_events.types.kafka import KafkaEventDict, KafkaRecordDict
    from lambda_events.types.kinesis import KinesisStreamEventDict, KinesisStreamRecordDict
    from lambda_events.types.kinesis_firehose import KinesisFirehoseEventDict, KinesisFirehoseRecordDict

__all__ = [
    "cloudwatch_logs_data",
    "cloudwatch_logs_event",
    "firehose_event",
    "kafka_event",
    "kinesis_event",
]

Payload = Union[bytes, str, Any]
"""A record payload as a test gives it: bytes as they are, text as UTF-8, anything else as UTF-8 JSON."""


def _sequence_numbers(scene: Scenario, count: int) -> list[str]:
    """Increasing 56-digit sequence numbers, as Kinesis assigns them within a shard."""
    numbers = [int(scene.digits(56))]
    while len(numbers) < count:
        numbers.append(numbers[-1] + scene.rng.randrange(10**20, 10**22))
    return [str(number) for number in numbers[:count]]


def kinesis_event(
    *,
    data: Sequence[Payload] = (b"Hello from Kinesis!",),
    stream: str = "example-stream",
    partition_key: Optional[str] = None,
    shard: int = 0,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KinesisStreamEventDict:
    """A Kinesis batch with one record per payload, all from one shard, in increasing sequence order
    (`decode_kinesis_data` gives each payload back as bytes). Each record gets a random partition key
    unless `partition_key` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    shard_id = f"shardId-{shard:012d}"
    records: list[KinesisStreamRecordDict] = []
    for index, (payload, number) in enumerate(zip(data, _sequence_numbers(scene, len(data)))):
        records.append(
            {
                "kinesis": {
                    "kinesisSchemaVersion": "1.0",
                    "partitionKey": partition_key if partition_key is not None else scene.uuid(),
                    "sequenceNumber": number,
                    "data": b64(payload_bytes(payload)),
                    "approximateArrivalTimestamp": scene.epoch_ms(index * 3 - 1000) / 1000,
                },
                "eventSource": "aws:kinesis",
                "eventVersion": "1.0",
                "eventID": f"{shard_id}:{number}",
                "eventName": "aws:kinesis:record",
                "invokeIdentityArn": scene.arn("iam", "role/lambda-kinesis-role", regional=False),
                "awsRegion": region,
                "eventSourceARN": scene.arn("kinesis", f"stream/{stream}"),
            }
        )
    return {"Records": records}


def firehose_event(
    *,
    data: Sequence[Payload] = (b"Hello from Firehose!",),
    delivery_stream: str = "example-delivery-stream",
    source_stream: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KinesisFirehoseEventDict:
    """A Firehose transformation batch with one record per payload (`decode_firehose_data` gives each back).

    With `source_stream`, the Firehose stream reads from that Kinesis data stream, and each record carries
    where it came from.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    numbers = _sequence_numbers(scene, len(data))
    records: list[KinesisFirehoseRecordDict] = []
    for index, (payload, number) in enumerate(zip(data, numbers)):
        arrival = scene.epoch_ms(index * 3 - 1000)
        record: KinesisFirehoseRecordDict = {
            "recordId": number,
            "approximateArrivalTimestamp": arrival,
            "data": b64(payload_bytes(payload)),
        }
        if source_stream is not None:
            record["kinesisRecordMetadata"] = {
                "shardId": "shardId-000000000000",
                "partitionKey": scene.uuid(),
                "approximateArrivalTimestamp": arrival,
                "sequenceNumber": number,
                "subsequenceNumber": 0,
            }
        records.append(record)
    event: KinesisFirehoseEventDict = {
        "invocationId": scene.uuid(),
        "deliveryStreamArn": scene.arn("firehose", f"deliverystream/{delivery_stream}"),
        "region": region,
        "records": records,
    }
    if source_stream is not None:
        event["sourceKinesisStreamArn"] = scene.arn("kinesis", f"stream/{source_stream}")
    return event


def _compressed_logs(
    scene: Scenario, messages: Sequence[str], log_group: str, log_stream: Optional[str], filter_name: str
) -> bytes:
    """The gzip-compressed JSON document of a subscription delivery, one log event per message."""
    first_id = int(scene.digits(56))
    document: CloudWatchLogsDecodedDataDict = {
        "messageType": "DATA_MESSAGE",
        "owner": scene.account,
        "logGroup": log_group,
        "logStream": log_stream or f"{scene.now.strftime('%Y/%m/%d')}/[$LATEST]{scene.hex(32)}",
        "subscriptionFilters": [filter_name],
        "logEvents": [
            {"id": str(first_id + index), "timestamp": scene.epoch_ms(index - 2000), "message": message}
            for index, message in enumerate(messages)
        ],
    }
    return gzip.compress(json_text(document).encode("utf-8"), mtime=0)


def cloudwatch_logs_data(
    *,
    messages: Sequence[str] = ("Hello from CloudWatch Logs!",),
    log_group: str = "/aws/lambda/example-function",
    log_stream: Optional[str] = None,
    filter_name: str = "all-events",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> bytes:
    """The gzip-compressed document a CloudWatch Logs subscription writes (one log event per message): pass it
    to `kinesis_event(data=[...])` or `firehose_event(data=[...])` to test a subscription to those streams."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return _compressed_logs(scene, messages, log_group, log_stream, filter_name)


def cloudwatch_logs_event(
    *,
    messages: Sequence[str] = ("Hello from CloudWatch Logs!",),
    log_group: str = "/aws/lambda/example-function",
    log_stream: Optional[str] = None,
    filter_name: str = "all-events",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudWatchLogsEventDict:
    """A CloudWatch Logs subscription event with one log event per message, really gzip-compressed and
    base64-encoded (`decode_cloudwatch_logs` gives the messages back)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {"awslogs": {"data": b64(_compressed_logs(scene, messages, log_group, log_stream, filter_name))}}


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
