"""Powertools' `s3_event_bridge.py`: report the bucket and key of an S3 event delivered by EventBridge.

Differences: none.
"""

from __future__ import annotations

from lambda_events import LambdaContext, S3EventBridgeNotificationEventDict


def lambda_handler(event: S3EventBridgeNotificationEventDict, context: LambdaContext) -> dict[str, str]:
    """The bucket and the object's key; print a line for creations."""
    bucket_name = event["detail"]["bucket"]["name"]
    file_key = event["detail"]["object"]["key"]
    if event["detail-type"] == "Object Created":
        print(f"Object {file_key} created in bucket {bucket_name}")
    return {
        "bucket": bucket_name,
        "file_key": file_key,
    }
