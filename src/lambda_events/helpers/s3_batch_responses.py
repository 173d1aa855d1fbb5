"""Amazon S3 Batch Operations: the response of a function a `LambdaInvoke` job calls for each object.

The response echoes the invocation's schema version and id, and gives one result per task. Build it from
the event, so the echoed values are right and results for tasks the event does not contain are refused:

    response = S3BatchOperationResponse.from_event(event)
    for task in event["tasks"]:
        response.add_result(S3BatchOperationResponseRecord(task["taskId"], "Succeeded", "copied"))
    return response.asdict()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, cast, get_args

from lambda_events.helpers._arguments import (
    items_argument,
    mapping_argument,
    str_argument,
    strings_argument,
)
from lambda_events.helpers._builders import item_identifiers
from lambda_events.helpers._decoding import as_list, field, text_field
from lambda_events.helpers._describe import preview
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.s3_batch_operation import (
        S3BatchOperationEventDict,
        S3BatchOperationResponseDict,
        S3BatchOperationResultCode,
        S3BatchOperationResultDict,
    )

__all__ = ["S3BatchOperationResponse", "S3BatchOperationResponseRecord"]

_ResultCode = Literal["Succeeded", "TemporaryFailure", "PermanentFailure"]
_RESULT_CODES: tuple[str, ...] = get_args(_ResultCode)
_SCHEMA_VERSIONS = ("1.0", "2.0")


class S3BatchOperationResponseRecord:
    """The result of one task: its id, how it ended, and the text for the job's completion report."""

    __slots__ = ("result_code", "result_string", "task_id")

    def __init__(self, task_id: str, result_code: S3BatchOperationResultCode, result_string: str = "") -> None:
        """`result_code` is `Succeeded`, `TemporaryFailure` (S3 retries the task) or `PermanentFailure`.

        Raises `ValueError` on any other result code, `TypeError` when an argument is not a `str`.
        """
        task_id, result_string = str_argument(task_id, "task_id"), str_argument(result_string, "result_string")
        if str_argument(result_code, "result_code") not in _RESULT_CODES:
            raise ValueError(f"result_code must be one of {', '.join(_RESULT_CODES)}, got {result_code!r}")
        self.task_id = task_id
        """The `taskId` of the task, from the event."""
        self.result_code: S3BatchOperationResultCode = result_code
        """How the task ended."""
        self.result_string = result_string
        """The message S3 writes to the completion report for this task."""

    def asdict(self) -> S3BatchOperationResultDict:
        """The result as S3 reads it."""
        return {"taskId": self.task_id, "resultCode": self.result_code, "resultString": self.result_string}


class S3BatchOperationResponse:
    """The response to one invocation: its schema version and id echoed, and the results of its tasks."""

    __slots__ = ("invocation_id", "invocation_schema_version", "results", "task_ids", "treat_missing_keys_as")

    def __init__(
        self,
        invocation_schema_version: Literal["1.0", "2.0"],
        invocation_id: str,
        treat_missing_keys_as: S3BatchOperationResultCode = "PermanentFailure",
        results: Iterable[S3BatchOperationResponseRecord] = (),
        task_ids: Iterable[str] | None = None,
    ) -> None:
        """A response echoing the given schema version and invocation id; prefer `from_event`.

        `treat_missing_keys_as` is the result S3 records for a task the response has no result for. With
        `task_ids`, `add_result` refuses results for other tasks. Raises `ValueError` on an unknown schema
        version or result code, `TypeError` when an argument has the wrong type.
        """
        invocation_id = str_argument(invocation_id, "invocation_id")
        str_argument(treat_missing_keys_as, "treat_missing_keys_as")
        if str_argument(invocation_schema_version, "invocation_schema_version") not in _SCHEMA_VERSIONS:
            raise ValueError(f"invocation_schema_version must be 1.0 or 2.0, got {invocation_schema_version!r}")
        if treat_missing_keys_as not in _RESULT_CODES:
            raise ValueError(f"treat_missing_keys_as must be one of {', '.join(_RESULT_CODES)}, got {treat_missing_keys_as!r}")
        self.invocation_schema_version: Literal["1.0", "2.0"] = invocation_schema_version
        """The `invocationSchemaVersion` of the event."""
        self.invocation_id = invocation_id
        """The `invocationId` of the event."""
        self.treat_missing_keys_as: S3BatchOperationResultCode = treat_missing_keys_as
        """The result of the tasks without a result."""
        self.task_ids: frozenset[str] | None = (
            frozenset(strings_argument(task_ids, "task_ids")) if task_ids is not None else None
        )
        """The ids of the event's tasks, when known."""
        self.results: list[S3BatchOperationResponseRecord] = []
        """The results added so far, in order."""
        for index, result in enumerate(items_argument(results, "results")):
            if not isinstance(result, S3BatchOperationResponseRecord):
                raise TypeError(f"results[{index}] must be an S3BatchOperationResponseRecord, got {type(result).__name__}")
            self.add_result(result)

    @classmethod
    def from_event(
        cls,
        event: Union[S3BatchOperationEventDict, Mapping[str, Any]],
        treat_missing_keys_as: S3BatchOperationResultCode = "PermanentFailure",
    ) -> S3BatchOperationResponse:
        """An empty response echoing `event`'s schema version and invocation id, accepting only its tasks.

        Raises `EventDecodeError` naming the key when the event lacks one of them.
        """
        version = mapping_argument(event, "event").get("invocationSchemaVersion")
        if version not in _SCHEMA_VERSIONS:
            raise EventDecodeError("invocationSchemaVersion", f"expected '1.0' or '2.0', got {preview(version)}")
        invocation_id = text_field(event, ("invocationId",))
        tasks = as_list(field(event, ("tasks",)), "tasks")
        return cls(version, invocation_id, treat_missing_keys_as, task_ids=item_identifiers(tasks, "tasks", ("taskId",)))

    def add_result(self, result: S3BatchOperationResponseRecord) -> None:
        """Add the result of one task.

        Raises `ValueError` when that task has a result already, or, for a response built `from_event`, when
        the event has no such task; `TypeError` when `result` is not an `S3BatchOperationResponseRecord`.
        """
        given = cast(object, result)
        if not isinstance(given, S3BatchOperationResponseRecord):
            raise TypeError(f"result must be an S3BatchOperationResponseRecord, got {type(given).__name__}")
        if self.task_ids is not None and result.task_id not in self.task_ids:
            raise ValueError(f"task {result.task_id!r} is not a task of invocation {self.invocation_id!r}")
        if any(existing.task_id == result.task_id for existing in self.results):  # S3 sends one task at a time
            raise ValueError(f"task {result.task_id!r} has a result already")
        self.results.append(result)

    def asdict(self) -> S3BatchOperationResponseDict:
        """The response S3 reads; the tasks without a result are recorded as `treat_missing_keys_as`."""
        return {
            "invocationSchemaVersion": self.invocation_schema_version,
            "treatMissingKeysAs": self.treat_missing_keys_as,
            "invocationId": self.invocation_id,
            "results": [result.asdict() for result in self.results],
        }
