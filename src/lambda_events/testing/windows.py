"""Test events of tumbling windows: Kinesis and DynamoDB stream batches that carry a window and its state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.databases import Item, dynamodb_stream_event
from lambda_events.testing.streams import Payload, kinesis_event

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import DynamoDBStreamTimeWindowEventDict
    from lambda_events.types.kinesis import KinesisStreamTimeWindowEventDict

__all__ = ["dynamodb_time_window_event", "kinesis_time_window_event"]


def _window(scene: Scenario, seconds: int) -> tuple[str, str]:
    """The bounds of the window of `seconds` the scenario's time falls in, ISO 8601 without fractions."""
    epoch = int(scene.now.timestamp())
    start = scene.now - timedelta(seconds=epoch % seconds, microseconds=scene.now.microsecond)
    end = start + timedelta(seconds=seconds)
    return start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    batch = kinesis_event(
        data=() if final else data,
        stream=stream,
        shard=shard,
        region=region,
        account=account,
        seed=scene.rng,
        at=scene.now,
    )
    start, end = _window(scene, window_seconds)
    return {
        "Records": batch["Records"],
        "window": {"start": start, "end": end},
        "state": dict(state or {}),
        "shardId": f"shardId-{shard:012d}",
        "eventSourceARN": scene.arn("kinesis", f"stream/{stream}"),
        "isFinalInvokeForWindow": final,
        "isWindowTerminatedEarly": False,
    }


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
        new_images=new_images,
        old_images=old_images,
        table=table,
        region=region,
        account=account,
        seed=scene.rng,
        at=scene.now,
    )
    start, end = _window(scene, window_seconds)
    return {
        "Records": [] if final else batch["Records"],
        "window": {"start": start, "end": end},
        "state": dict(state or {}),
        "shardId": f"shardId-{scene.digits(20)}-{scene.hex(8)}",
        "eventSourceARN": batch["Records"][0]["eventSourceARN"],
        "isFinalInvokeForWindow": final,
        "isWindowTerminatedEarly": False,
    }
