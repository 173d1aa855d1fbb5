"""An EventBridge target that keeps an inventory of a bucket's objects from S3's EventBridge events."""

from __future__ import annotations

from lambda_events import S3EventBridgeNotificationEventDict


def handler(event: S3EventBridgeNotificationEventDict, context: object) -> str:
    """Describe the change to the object; S3 sends keys unencoded through EventBridge."""
    detail = event["detail"]
    where = f"s3://{detail['bucket']['name']}/{detail['object']['key']}"
    version = detail["object"].get("version-id", "unversioned")
    if event["detail-type"] == "Object Created":
        size = detail["object"].get("size", 0)
        return f"{where} ({version}) created by {detail.get('reason', 'unknown API')}, {size} bytes"
    if event["detail-type"] == "Object Deleted":
        return f"{where} deleted: {detail.get('deletion-type', 'unknown')} by {detail['requester']}"
    if "restore-expiry-time" in detail:
        return f"{where} restored from {detail.get('source-storage-class')} until {detail['restore-expiry-time']}"
    return f"{event['detail-type']}: {where} [{detail['request-id']}]"
