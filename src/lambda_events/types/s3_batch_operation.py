"""Amazon S3 Batch Operations: the task a `LambdaInvoke` job sends for each object of its manifest (schema
versions 1.0 and 2.0), and the result the function returns."""

from typing import Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "S3BatchOperationEventDict",
    "S3BatchOperationJobDict",
    "S3BatchOperationJobV2Dict",
    "S3BatchOperationResponseDict",
    "S3BatchOperationResultCode",
    "S3BatchOperationResultDict",
    "S3BatchOperationTaskDict",
    "S3BatchOperationTaskV2Dict",
    "S3BatchOperationV1EventDict",
    "S3BatchOperationV2EventDict",
]

S3BatchOperationResultCode = Literal["Succeeded", "TemporaryFailure", "PermanentFailure"]
"""How a task ended: done, worth retrying, or failed for good."""


class S3BatchOperationJobDict(TypedDict):
    """The job that invoked the function (schema 1.0)."""

    id: str
    """The id of the Batch Operations job."""


class S3BatchOperationJobV2Dict(TypedDict):
    """The job that invoked the function (schema 2.0)."""

    id: str
    """The id of the Batch Operations job."""
    userArguments: NotRequired[dict[str, str]]
    """The key-value pairs given as `UserArguments` when the job was created; absent when none were."""


class S3BatchOperationTaskDict(TypedDict):
    """The object one task is about (schema 1.0)."""

    taskId: str
    """The id of the task; return it in the task's result."""
    s3Key: str
    """The object key, URL-encoded as it appears in the manifest."""
    s3VersionId: Optional[str]
    """The object version listed in the manifest; `null` when the manifest gives none."""
    s3BucketArn: str
    """The ARN of the bucket (`arn:aws:s3:::name`)."""


class S3BatchOperationTaskV2Dict(TypedDict):
    """The object one task is about (schema 2.0, which also serves directory buckets)."""

    taskId: str
    """The id of the task; return it in the task's result."""
    s3Key: str
    """The object key, URL-encoded as it appears in the manifest."""
    s3VersionId: Optional[str]
    """The object version listed in the manifest; `null` when the manifest gives none."""
    s3Bucket: str
    """The name of the bucket (schema 2.0 sends the name, not the ARN). Named `s3Bucket` as in the S3 user
    guide's schema 2.0 example; Java's `s3BucketName` is not what S3 sends."""


class S3BatchOperationV1EventDict(TypedDict):
    """The invocation for one object with payload schema 1.0, the default."""

    invocationSchemaVersion: Literal["1.0"]
    """Always `1.0` for this schema."""
    invocationId: str
    """The id of this invocation; return it in the response."""
    job: S3BatchOperationJobDict
    """The job that invoked the function."""
    tasks: list[S3BatchOperationTaskDict]
    """The tasks to perform; S3 sends one per invocation."""


class S3BatchOperationV2EventDict(TypedDict):
    """The invocation for one object with payload schema 2.0 (needed for `UserArguments` and directory buckets)."""

    invocationSchemaVersion: Literal["2.0"]
    """Always `2.0` for this schema."""
    invocationId: str
    """The id of this invocation; return it in the response."""
    job: S3BatchOperationJobV2Dict
    """The job that invoked the function, with its user arguments."""
    tasks: list[S3BatchOperationTaskV2Dict]
    """The tasks to perform; S3 sends one per invocation."""


S3BatchOperationEventDict = Union[S3BatchOperationV1EventDict, S3BatchOperationV2EventDict]
"""Either schema; compare `invocationSchemaVersion` with `"1.0"` or `"2.0"` to tell them apart."""


class S3BatchOperationResultDict(TypedDict):
    """The outcome of one task."""

    taskId: str
    """The `taskId` of the task, copied from the event."""
    resultCode: S3BatchOperationResultCode
    """How the task ended; `TemporaryFailure` makes S3 retry it."""
    resultString: str
    """A message S3 writes to the job's completion report for this task."""


class S3BatchOperationResponseDict(TypedDict):
    """What the function returns to S3 Batch Operations."""

    invocationSchemaVersion: Literal["1.0", "2.0"]
    """The schema version of the event being answered."""
    treatMissingKeysAs: NotRequired[S3BatchOperationResultCode]
    """The result to record for tasks missing from `results`; `PermanentFailure` when not given. Optional per the
    S3 user guide (DefinitelyTyped requires it)."""
    invocationId: str
    """The `invocationId` of the event, copied unchanged."""
    results: list[S3BatchOperationResultDict]
    """One result per task of the event."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

S3BatchOperationHandler = Callable[["S3BatchOperationEventDict", "LambdaContext"], "S3BatchOperationResponseDict"]
"""An S3 Batch Operations task; return the result of each task."""

__all__ += ["S3BatchOperationHandler"]
# --- end generated handler aliases ---
