"""Test events of Kinesis Data Streams: record batches and tumbling windows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, cast

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
from lambda_events.testing._windows import window_batch

if TYPE_CHECKING:
    from lambda_events.types.kinesis import (
        KinesisStreamEventDict,
        KinesisStreamRecordDict,
        KinesisStreamTimeWindowEventDict,
    )

__all__ = ["kinesis_event", "kinesis_time_window_event"]


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
    for index, (payload, number) in enumerate(zip(data, sequence_numbers(scene, len(data)))):
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


def kinesis_time_window_event(
    *,
    data: Sequence[Payload] = (b"Hello from Kinesis!",),
    state: Optional[Mapping[str, Any]] = None,
    final: bool = False,
    window_seconds: int = 300,
    stream: str = "example-stream",
    shard: int = 0,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KinesisStreamTimeWindowEventDict:
    """A Kinesis batch of a tumbling window, carrying the `state` returned for the window so far. The `final`
    invocation of a window has no records."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    batch = kinesis_event(data=data, stream=stream, shard=shard, **scene.factory_arguments())
    event = window_batch(
        scene,
        batch["Records"],
        window_seconds=window_seconds,
        state=state,
        final=final,
        shard_id=f"shardId-{shard:012d}",
        source_arn=scene.arn("kinesis", f"stream/{stream}"),
    )
    return cast("KinesisStreamTimeWindowEventDict", event)
