"""The batch of a tumbling window, shared by the Kinesis and DynamoDB stream factories."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any, Optional

from lambda_events.testing._scenario import Scenario


def window_batch(
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
