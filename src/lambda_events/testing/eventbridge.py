"""Test events of Amazon EventBridge rules: any producer's detail, and scheduled rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, TypeVar

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.eventbridge import EventBridgeEventDict, ScheduledEventDetailDict, ScheduledEventDict

__all__ = ["eventbridge_event", "eventbridge_scheduled_event"]


DetailT = TypeVar("DetailT")
"""The type of an event's `detail`, as the test gives it."""


def eventbridge_envelope(
    scene: Scenario, event_id: str, detail_type: str, source: str, resources: list[str], detail: DetailT
) -> EventBridgeEventDict[DetailT]:
    """The envelope EventBridge puts around every event's `detail`, from the scenario's account and Region."""
    return {
        "version": "0",
        "id": event_id,
        "detail-type": detail_type,
        "source": source,
        "account": scene.account,
        "time": scene.iso(fraction=False),
        "region": scene.region,
        "resources": resources,
        "detail": detail,
    }


def eventbridge_event(
    *,
    detail: DetailT,
    detail_type: str = "Order Placed",
    source: str = "com.example.orders",
    resources: Sequence[str] = (),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EventBridgeEventDict[DetailT]:
    """An EventBridge event carrying `detail`; its type parameter is the type of `detail`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return eventbridge_envelope(scene, scene.uuid(), detail_type, source, list(resources), detail)


def eventbridge_scheduled_event(
    *,
    rule: str = "every-five-minutes",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ScheduledEventDict:
    """The event a scheduled EventBridge rule sends at one of its ticks."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    rule_arn = scene.arn("events", f"rule/{rule}")
    no_detail: ScheduledEventDetailDict = {}
    return eventbridge_envelope(scene, scene.uuid(), "Scheduled Event", "aws.events", [rule_arn], no_detail)
