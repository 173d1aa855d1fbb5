"""An S3 notification handler: index uploaded objects, forget deleted ones."""

from __future__ import annotations

from lambda_events import LambdaContext, S3EventDict, s3_object_key


def handler(event: S3EventDict, context: LambdaContext) -> dict[str, list[str]]:
    """Sort the objects of the event into those to
    index and those to forget, as `s3://bucket/key`."""
    actions: dict[str, list[str]] = {"index": [], "forget": []}
    for record in event["Records"]:
        # Keys arrive URL-encoded (a space is `+`); s3_object_key decodes them the way S3 encoded
        # them.
        location = f"s3://{record['s3']['bucket']['name']}/{s3_object_key(record)}"
        if record["eventName"].startswith("ObjectCreated:"):
            size = record["s3"]["object"].get("size", 0)  # absent for deletions
            actions["index"].append(f"{location} ({size} bytes)")
        elif record["eventName"].startswith("ObjectRemoved:"):
            actions["forget"].append(location)
    return actions
