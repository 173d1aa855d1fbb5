"""Test events of S3 Batch Operations jobs that invoke a function (schema 1.0 and 2.0)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, Union, overload

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.s3 import bucket_arn, s3_notification_key

if TYPE_CHECKING:
    from lambda_events.types.s3_batch_operation import S3BatchOperationV1EventDict, S3BatchOperationV2EventDict

__all__ = ["s3_batch_operation_event"]


@overload
def s3_batch_operation_event(
    *,
    keys: Sequence[str] = ...,
    bucket: str = ...,
    schema_version: Literal["1.0"] = ...,
    user_arguments: None = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3BatchOperationV1EventDict:
    """Payload schema 1.0 (the default)."""


@overload
def s3_batch_operation_event(
    *,
    keys: Sequence[str] = ...,
    bucket: str = ...,
    schema_version: Literal["2.0"],
    user_arguments: Optional[Mapping[str, str]] = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3BatchOperationV2EventDict:
    """Payload schema 2.0."""


def s3_batch_operation_event(
    *,
    keys: Sequence[str] = ("dataset/part-0001.csv",),
    bucket: str = "example-bucket",
    schema_version: Literal["1.0", "2.0"] = "1.0",
    user_arguments: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Union[S3BatchOperationV1EventDict, S3BatchOperationV2EventDict]:
    """An S3 Batch Operations invocation with one task per key (S3 sends one; keys URL-encoded as in a
    manifest). Schema `2.0` names the bucket instead of its ARN and carries `user_arguments`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    invocation_id = scene.base64(39).rstrip("=")
    job_id = scene.uuid()
    task_ids = [scene.base64(15) for _ in keys]
    if schema_version == "1.0":
        return {
            "invocationSchemaVersion": "1.0",
            "invocationId": invocation_id,
            "job": {"id": job_id},
            "tasks": [
                {
                    "taskId": task_id,
                    "s3Key": s3_notification_key(key),
                    "s3VersionId": None,
                    "s3BucketArn": bucket_arn(scene, bucket),
                }
                for task_id, key in zip(task_ids, keys)
            ],
        }
    event: S3BatchOperationV2EventDict = {
        "invocationSchemaVersion": "2.0",
        "invocationId": invocation_id,
        "job": {"id": job_id},
        "tasks": [
            {"taskId": task_id, "s3Key": s3_notification_key(key), "s3VersionId": None, "s3Bucket": bucket}
            for task_id, key in zip(task_ids, keys)
        ],
    }
    if user_arguments is not None:
        event["job"]["userArguments"] = dict(user_arguments)
    return event
