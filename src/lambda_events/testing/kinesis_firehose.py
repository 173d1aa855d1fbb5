"""Test events of Amazon Data Firehose transformation functions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    Payload,
    Scenario,
    Seed,
    b64,
    payload_bytes,
    sequence_numbers,
)

if TYPE_CHECKING:
    from lambda_events.types.kinesis_firehose import KinesisFirehoseEventDict, KinesisFirehoseRecordDict

__all__ = ["kinesis_firehose_event"]


def kinesis_firehose_event(
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
    numbers = sequence_numbers(scene, len(data))
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
