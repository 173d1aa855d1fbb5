"""An S3 Batch Operations function that decides, per object, where its archive copy goes.

Objects of the manifest arrive one task per invocation, their keys URL-encoded.
Compressed JSON datasets are accepted, uploads still in progress retried later,
temporary objects refused for good, and anything unexpected reported as a permanent
failure; S3 writes each result's message to the job's completion report."""

from __future__ import annotations

from urllib.parse import unquote_plus

from lambda_events import (
    S3BatchOperationEventDict,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3BatchOperationResponseRecord,
)

ARCHIVE_PREFIX = "archive/"


class NotArchivable(Exception):
    """An object the archive must never hold."""


class NotReadyYet(Exception):
    """An object that cannot be archived yet."""


def archive_key(key: str) -> str:
    """Where the archive copy of `key` goes."""
    if key.startswith("tmp/"):
        raise NotArchivable(f"{key} is a temporary object")
    if key.endswith(".part"):
        raise NotReadyYet(f"{key} is still being uploaded")
    if not key.endswith(".json.gz"):
        raise ValueError(f"{key} is not a compressed JSON dataset")
    return ARCHIVE_PREFIX + key


def bucket_of(event: S3BatchOperationEventDict) -> str:
    """The bucket of the task: schema 1.0 gives its ARN, schema 2.0 its name."""
    if event["invocationSchemaVersion"] == "1.0":
        return event["tasks"][0]["s3BucketArn"].split(":::", 1)[1]
    return event["tasks"][0]["s3Bucket"]


def handler(event: S3BatchOperationEventDict, context: object) -> S3BatchOperationResponseDict:
    """Answer the invocation's task."""
    response = S3BatchOperationResponse.from_event(event)
    task = event["tasks"][0]
    key = unquote_plus(task["s3Key"])
    try:
        result = S3BatchOperationResponseRecord(
            task["taskId"], "Succeeded", f"s3://{bucket_of(event)}/{archive_key(key)}"
        )
    except NotReadyYet as delay:
        result = S3BatchOperationResponseRecord(
            task["taskId"], "TemporaryFailure", f"retry later: {delay}"
        )
    except NotArchivable as refusal:
        result = S3BatchOperationResponseRecord(
            task["taskId"], "PermanentFailure", f"refused: {refusal}"
        )
    except Exception as error:
        result = S3BatchOperationResponseRecord(
            task["taskId"], "PermanentFailure", f"{type(error).__name__}: {error}"
        )
    response.add_result(result)
    return response.asdict()
