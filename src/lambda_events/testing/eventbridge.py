"""Test events of Amazon EventBridge: events of any producer, scheduled rules, and S3 object events."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, TypeVar

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.s3 import bucket_arn

if TYPE_CHECKING:
    from lambda_events.types.eventbridge import EventBridgeEventDict, ScheduledEventDetailDict, ScheduledEventDict
    from lambda_events.types.s3_eventbridge import (
        S3EventBridgeDetailType,
        S3EventBridgeNotificationDetailDict,
        S3EventBridgeNotificationEventDict,
    )

__all__ = ["eventbridge_event", "s3_eventbridge_event", "scheduled_event"]

DetailT = TypeVar("DetailT")
"""The type of an event's `detail`, as the test gives it."""


def _envelope(
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
    return _envelope(scene, scene.uuid(), detail_type, source, list(resources), detail)


def scheduled_event(
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
    return _envelope(scene, scene.uuid(), "Scheduled Event", "aws.events", [rule_arn], no_detail)


def s3_eventbridge_event(
    *,
    key: str = "uploads/report.csv",
    bucket: str = "example-bucket",
    detail_type: S3EventBridgeDetailType = "Object Created",
    size: int = 1024,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> S3EventBridgeNotificationEventDict:
    """An S3 object event as EventBridge delivers it (the key is not URL-encoded there)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event_id = scene.uuid()
    detail: S3EventBridgeNotificationDetailDict = {
        "version": "0",
        "bucket": {"name": bucket},
        "object": {"key": key},
        "request-id": scene.chars(16),
        "requester": account,
    }
    if detail_type in ("Object Created", "Object Deleted"):
        detail["object"]["sequencer"] = scene.hex(18, upper=True)
        detail["source-ip-address"] = scene.ip()
    if detail_type == "Object Created":
        detail["object"]["size"] = size
        detail["object"]["etag"] = scene.hex(32)
        detail["reason"] = "PutObject"
    elif detail_type == "Object Deleted":
        detail["reason"] = "DeleteObject"
        detail["deletion-type"] = "Permanently Deleted"
    elif detail_type in ("Object Restore Initiated", "Object Restore Completed"):
        detail["object"]["size"] = size
        detail["source-storage-class"] = "GLACIER"
        if detail_type == "Object Restore Completed":
            detail["restore-expiry-time"] = scene.iso(7 * 24 * 3600 * 1000)
    elif detail_type == "Object Storage Class Changed":
        detail["object"]["size"] = size
        detail["destination-storage-class"] = "STANDARD_IA"
    elif detail_type == "Object Access Tier Changed":
        detail["object"]["size"] = size
        detail["destination-access-tier"] = "ARCHIVE_ACCESS"
    return _envelope(scene, event_id, detail_type, "aws.s3", [bucket_arn(scene, bucket)], detail)
