"""An S3 notification handler that reacts to uploads and deletions."""

from __future__ import annotations

from urllib.parse import unquote_plus

from lambda_events import S3EventDict, S3EventRecordDict


def describe(record: S3EventRecordDict) -> str:
    """Say what happened to which object."""
    bucket = record["s3"]["bucket"]["name"]
    key = unquote_plus(record["s3"]["object"]["key"])
    if record["eventName"].startswith("ObjectCreated:"):
        size = record["s3"]["object"].get("size", 0)
        return f"created s3://{bucket}/{key} ({size} bytes)"
    if record["eventName"] == "ObjectRestore:Completed" and "glacierEventData" in record:
        expiry = record["glacierEventData"]["restoreEventData"]["lifecycleRestorationExpiryTime"]
        return f"restored s3://{bucket}/{key} until {expiry}"
    return f"{record['eventName']} s3://{bucket}/{key}"


def handler(event: S3EventDict, context: object) -> list[str]:
    """Describe every record, with the request id S3 support asks for."""
    return [f"{describe(record)} [{record['responseElements']['x-amz-request-id']}]" for record in event["Records"]]
