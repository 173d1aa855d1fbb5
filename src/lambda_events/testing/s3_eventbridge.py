"""Test events of Amazon S3 object events delivered by EventBridge."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge import eventbridge_envelope
from lambda_events.testing.s3 import bucket_arn

if TYPE_CHECKING:
    from lambda_events.types.s3_eventbridge import (
        S3EventBridgeDetailType,
        S3EventBridgeNotificationDetailDict,
        S3EventBridgeNotificationEventDict,
    )

__all__ = ["s3_eventbridge_event"]


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
    return eventbridge_envelope(scene, event_id, detail_type, "aws.s3", [bucket_arn(scene, bucket)], detail)
