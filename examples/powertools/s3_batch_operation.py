"""Powertools' `s3_batch_operation.py`: an S3 Batch Operations task that copies its object with the AWS
SDK and reports success, a timeout to retry, or a permanent failure.

Differences:
- `event.task` is `event["tasks"][0]` (Batch Operations sends one task per invocation), and
  `task.build_task_batch_response(code, message)` is `S3BatchOperationResponseRecord(task["taskId"], code,
  message)`.
- `task.s3_key` (decoded) is `unquote_plus(task["s3Key"])`: S3 URL-encodes the manifest's keys.
- `task.s3_bucket` is the bucket's name: `s3Bucket` in schema 2.0, the end of `s3BucketArn` in schema 1.0
  (the event is a union narrowed by `invocationSchemaVersion`).
- `do_some_work` copies the object into `DESTINATION_BUCKET` (Powertools' example leaves its body out).
- As in Powertools' example, the `finally` clause reads `result`, which an exception raised inside an
  `except` clause would leave unset; the `pyright: ignore[reportPossiblyUnboundVariable]`
  comment says so (every other exception is caught).
- boto3 ships no type information, so the module loads it as `Any` (`importlib.import_module`), as does
  botocore's `ClientError`.
"""

from __future__ import annotations

import importlib
from typing import Any
from urllib.parse import unquote_plus

from lambda_events import (
    LambdaContext,
    S3BatchOperationEventDict,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3BatchOperationResponseRecord,
)

boto3: Any = importlib.import_module("boto3")
ClientError: Any = importlib.import_module("botocore.exceptions").ClientError

DESTINATION_BUCKET = "powertools-dataset-copies"
"""Where the objects are copied to."""


def lambda_handler(event: S3BatchOperationEventDict, context: LambdaContext) -> S3BatchOperationResponseDict:
    """Copy the task's object; report how it went."""
    response = S3BatchOperationResponse(
        event["invocationSchemaVersion"], event["invocationId"], "PermanentFailure"
    )

    task = event["tasks"][0]
    src_key: str = unquote_plus(task["s3Key"])
    src_bucket: str = (
        event["tasks"][0]["s3BucketArn"].split(":::", 1)[1]
        if event["invocationSchemaVersion"] == "1.0"
        else event["tasks"][0]["s3Bucket"]
    )

    s3 = boto3.client("s3", region_name="us-east-1")

    try:
        dest_bucket, dest_key = do_some_work(s3, src_bucket, src_key)
        result = S3BatchOperationResponseRecord(task["taskId"], "Succeeded", f"s3://{dest_bucket}/{dest_key}")
    except ClientError as e:
        error_code = e.response["Error"]["Code"]
        error_message = e.response["Error"]["Message"]
        if error_code == "RequestTimeout":
            result = S3BatchOperationResponseRecord(
                task["taskId"], "TemporaryFailure", "Retry request to Amazon S3 due to timeout."
            )
        else:
            result = S3BatchOperationResponseRecord(
                task["taskId"], "PermanentFailure", f"{error_code}: {error_message}"
            )
    except Exception as e:
        result = S3BatchOperationResponseRecord(task["taskId"], "PermanentFailure", str(e))
    finally:
        response.add_result(result)  # pyright: ignore[reportPossiblyUnboundVariable]

    return response.asdict()


def do_some_work(s3_client: Any, src_bucket: str, src_key: str) -> tuple[str, str]:
    """Copy the object into `DESTINATION_BUCKET` under the same key; where the copy is."""
    s3_client.copy_object(
        Bucket=DESTINATION_BUCKET, Key=src_key, CopySource={"Bucket": src_bucket, "Key": src_key}
    )
    return DESTINATION_BUCKET, src_key
