"""A function an S3 Batch Operations job invokes for each object of its manifest."""

from __future__ import annotations

from urllib.parse import unquote_plus

from lambda_events import (
    LambdaContext,
    S3BatchOperationEventDict,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3BatchOperationResponseRecord,
)


def bucket_of(event: S3BatchOperationEventDict) -> str:
    """The bucket of the task: schema 2.0 names it, schema 1.0 gives its ARN (`invocationSchemaVersion` narrows)."""
    if event["invocationSchemaVersion"] == "2.0":
        return event["tasks"][0]["s3Bucket"]
    return event["tasks"][0]["s3BucketArn"].split(":::", 1)[1]


def handler(event: S3BatchOperationEventDict, context: LambdaContext) -> S3BatchOperationResponseDict:
    """Archive `.json.gz` objects; others fail for good. The response echoes what the event requires."""
    response = S3BatchOperationResponse.from_event(event)
    task = event["tasks"][0]  # S3 sends one task per invocation
    key = unquote_plus(task["s3Key"])  # manifest keys are URL-encoded
    if key.endswith(".json.gz"):
        result = S3BatchOperationResponseRecord(task["taskId"], "Succeeded", f"archived s3://{bucket_of(event)}/{key}")
    else:
        result = S3BatchOperationResponseRecord(task["taskId"], "PermanentFailure", f"not a .json.gz: {key}")
    response.add_result(result)
    return response.asdict()
