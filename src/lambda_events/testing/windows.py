"""Test events of tumbling windows: Kinesis and DynamoDB stream batches that carry a window and its state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Optional, cast

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.databases import Item, dynamodb_stream_event
from lambda_events.testing.streams import Payload, kinesis_event

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import DynamoDBStreamTimeWindowEventDict
    from lambda_events.types.kinesis import KinesisStreamTimeWindowEventDict

__all__ = ["dynamodb_time_window_event", "kinesis_time_window_event"]


def _window_batch(
    scene: Scenario,
    records: Sequence[Any],
    *,
    window_seconds: int,
    state: Optional[Mapping[str, Any]],
    final: bool,
    shard_id: str,
    source_arn: str,
) -> dict[str, Any]:
    """A batch of `records` (none for the `final` invocation) with the window of `window_seconds` the
    scenario's time falls in (bounds in ISO 8601 without fractions) and the `state` returned so far."""
    epoch = int(scene.now.timestamp())
    start = scene.now - timedelta(seconds=epoch % window_seconds, microseconds=scene.now.microsecond)
    end = start + timedelta(seconds=window_seconds)
    return {
        "Records": [] if final else list(records),
        "window": {"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "end": end.strftime("%Y-%m-%dT%H:%M:%SZ")},
        "state": dict(state or {}),
        "shardId": shard_id,
        "eventSourceARN": source_arn,
        "isFinalInvokeForWindow": final,
        "isWindowTerminatedEarly": False,
    }


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
    event = _window_batch(
        scene,
        batch["Records"],
        window_seconds=window_seconds,
        state=state,
        final=final,
        shard_id=f"shardId-{shard:012d}",
        source_arn=scene.arn("kinesis", f"stream/{stream}"),
    )
    return cast("KinesisStreamTimeWindowEventDict", event)


def dynamodb_time_window_event(
    *,
    new_images: Sequence[Item] = ({"id": "order-1", "total": 42},),
    old_images: Sequence[Item] = (),
    state: Optional[Mapping[str, Any]] = None,
    final: bool = False,
    window_seconds: int = 300,
    table: str = "orders",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DynamoDBStreamTimeWindowEventDict:
    """A DynamoDB stream batch of a tumbling window (records as `dynamodb_stream_event` builds them), carrying
    the `state` returned for the window so far. The `final` invocation of a window has no records."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    batch = dynamodb_stream_event(
        new_images=new_images, old_images=old_images, table=table, **scene.factory_arguments()
    )
    event = _window_batch(
        scene,
        batch["Records"],
        window_seconds=window_seconds,
        state=state,
        final=final,
        shard_id=f"shardId-{scene.digits(20)}-{scene.hex(8)}",
        source_arn=batch["Records"][0]["eventSourceARN"],
    )
    return cast("DynamoDBStreamTimeWindowEventDict", event)
