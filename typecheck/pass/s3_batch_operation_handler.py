"""An S3 Batch Operations function that copies each object to an archive bucket (schema 1.0 and 2.0)."""

from __future__ import annotations

from urllib.parse import unquote_plus

from lambda_events import S3BatchOperationEventDict, S3BatchOperationResponseDict, S3BatchOperationResultDict


def archive(bucket: str, key: str, version: str | None, destination: str) -> str:
    """Pretend to copy an object."""
    return f"copied s3://{bucket}/{key} ({version or 'latest'}) to {destination}"


def handler(event: S3BatchOperationEventDict, context: object) -> S3BatchOperationResponseDict:
    """Copy the task's object; S3 retries the task when the result is a temporary failure."""
    if event["invocationSchemaVersion"] == "2.0":
        destination = event["job"].get("userArguments", {}).get("destination", "archive")
        task = event["tasks"][0]
        bucket = task["s3Bucket"]
    else:
        destination = "archive"
        task_v1 = event["tasks"][0]
        bucket = task_v1["s3BucketArn"].split(":::")[-1]
    first = event["tasks"][0]
    result: S3BatchOperationResultDict
    try:
        message = archive(bucket, unquote_plus(first["s3Key"]), first["s3VersionId"], destination)
        result = {"taskId": first["taskId"], "resultCode": "Succeeded", "resultString": message}
    except TimeoutError as error:
        result = {"taskId": first["taskId"], "resultCode": "TemporaryFailure", "resultString": str(error)}
    return {
        "invocationSchemaVersion": event["invocationSchemaVersion"],
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": event["invocationId"],
        "results": [result],
    }
