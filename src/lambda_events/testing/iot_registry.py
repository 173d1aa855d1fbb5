"""Test events of AWS IoT registry events forwarded by a topic rule."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.iot_registry import IoTRegistryThingEventDict

__all__ = ["iot_registry_event"]


def iot_registry_event(
    *,
    thing: str = "example-sensor",
    operation: Literal["CREATED", "UPDATED", "DELETED"] = "CREATED",
    attributes: Optional[Mapping[str, str]] = None,
    thing_type: Optional[str] = None,
    version: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> IoTRegistryThingEventDict:
    """An AWS IoT registry event about a thing being created, updated or deleted."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "eventType": "THING_EVENT",
        "eventId": scene.uuid(),
        "timestamp": scene.epoch_ms(),
        "operation": operation,
        "accountId": account,
        "thingId": scene.uuid(),
        "thingName": thing,
        "versionNumber": version,
        "thingTypeName": thing_type,
        "attributes": dict(attributes or {}),
    }
