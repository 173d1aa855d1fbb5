"""S3 events delivered by EventBridge (the bucket has EventBridge notifications turned on)."""

from __future__ import annotations

from lambda_events import LambdaContext, S3EventBridgeNotificationEventDict


def handler(event: S3EventBridgeNotificationEventDict, context: LambdaContext) -> str:
    """Describe the change. Through EventBridge the object key arrives as it is, not URL-encoded."""
    detail = event["detail"]
    location = f"s3://{detail['bucket']['name']}/{detail['object']['key']}"
    if event["detail-type"] == "Object Created":
        size = detail["object"].get("size", 0)
        return f"created {location} ({size} bytes) by {detail.get('reason', 'an unknown call')}"
    if event["detail-type"] == "Object Deleted":
        return f"deleted {location} ({detail.get('deletion-type', 'unknown deletion')})"
    return f"{event['detail-type']}: {location}"
