"""Amazon Kinesis Data Streams: the batch of records Lambda reads from a shard, and the responses to it.

A record's `data` is base64 of whatever the producer wrote. Two producers are worth knowing: a CloudWatch Logs
subscription writes base64 of gzip of a `CloudWatchLogsDecodedDataDict` document, and Kinesis Data Streams for
DynamoDB writes base64 of a `DynamoDBKinesisChangeRecordDict` document.
"""

from typing import Any, Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "KinesisStreamBatchItemFailureDict",
    "KinesisStreamBatchResponseDict",
    "KinesisStreamEventDict",
    "KinesisStreamRecordDict",
    "KinesisStreamRecordPayloadDict",
    "KinesisStreamTimeWindowDict",
    "KinesisStreamTimeWindowEventDict",
    "KinesisStreamTimeWindowResponseDict",
]


class KinesisStreamRecordPayloadDict(TypedDict):
    """The Kinesis data record itself (the `kinesis` key of a record)."""

    kinesisSchemaVersion: str
    """The version of this record layout; `1.0` today."""
    partitionKey: str
    """The partition key the producer gave; Kinesis hashes it to choose the shard."""
    sequenceNumber: str
    """The record's sequence number, unique within its shard (a decimal string of up to 128 digits)."""
    data: str
    """The record's payload, base64-encoded (decode it before parsing; it may be gzip or any binary)."""
    approximateArrivalTimestamp: float
    """When the stream accepted the record, in seconds since the Unix epoch, with millisecond decimals."""


class KinesisStreamRecordDict(TypedDict):
    """One record of the batch, with the envelope Lambda adds around the Kinesis data record."""

    kinesis: KinesisStreamRecordPayloadDict
    """The data record read from the stream."""
    eventSource: Literal["aws:kinesis"]
    """Always `aws:kinesis`."""
    eventVersion: str
    """The version of the envelope; `1.0` today."""
    eventID: str
    """The shard id and the sequence number, joined by a colon (`shardId-000000000006:4959...`)."""
    eventName: Literal["aws:kinesis:record"]
    """Always `aws:kinesis:record`."""
    invokeIdentityArn: str
    """The ARN of the execution role Lambda used to read the stream."""
    awsRegion: str
    """The Region of the stream."""
    eventSourceARN: str
    """The ARN of the stream (or of its enhanced fan-out consumer's stream)."""


class KinesisStreamEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from a Kinesis data stream; all records come from one shard."""

    Records: list[KinesisStreamRecordDict]
    """The records of the batch, in shard order."""


class KinesisStreamBatchItemFailureDict(TypedDict):
    """The record where processing failed, in a partial batch response."""

    itemIdentifier: str
    """The `sequenceNumber` of the first failed record; Lambda retries from it (an empty string fails the batch)."""


class KinesisStreamBatchResponseDict(TypedDict):
    """The response that reports a partial batch failure.

    It takes effect only when the event source mapping has `ReportBatchItemFailures` turned on. Lambda
    checkpoints before the lowest reported sequence number and retries from it; an empty list means the
    whole batch succeeded.
    """

    batchItemFailures: list[KinesisStreamBatchItemFailureDict]
    """The failed record (when several are listed, Lambda uses the lowest sequence number)."""


class KinesisStreamTimeWindowDict(TypedDict):
    """The bounds of a tumbling window."""

    start: str
    """When the window opened, ISO 8601 in UTC (`2020-12-09T07:04:00Z`)."""
    end: str
    """When the window closes, ISO 8601 in UTC; the window includes records that arrived before it."""


class KinesisStreamTimeWindowEventDict(TypedDict):
    """The event Lambda sends when the event source mapping aggregates records over tumbling windows.

    Lambda invokes the function for each batch of the window, passing back the `state` the previous
    invocation returned, and once more at the end of the window with `isFinalInvokeForWindow` set.
    """

    Records: list[KinesisStreamRecordDict]
    """The records of the batch; empty on the final invocation of a window."""
    window: KinesisStreamTimeWindowDict
    """The window these records belong to."""
    state: dict[str, Any]
    """The state the function returned for the previous batch of the window; an empty object at its start."""
    shardId: str
    """The shard the records come from."""
    eventSourceARN: str
    """The ARN of the stream."""
    isFinalInvokeForWindow: bool
    """Whether this invocation closes the window (aggregate and report the result now)."""
    isWindowTerminatedEarly: bool
    """Whether the window ended early because the state grew past the 1 MB limit."""


class KinesisStreamTimeWindowResponseDict(TypedDict):
    """The response of a function that aggregates over tumbling windows: the state to carry forward."""

    state: dict[str, Any]
    """Any JSON object (at most 1 MB); Lambda passes it to the next invocation of the same window."""
    batchItemFailures: NotRequired[list[KinesisStreamBatchItemFailureDict]]
    """The failed record, when the event source mapping reports batch item failures."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

KinesisStreamHandler = Callable[
    ["KinesisStreamEventDict", "LambdaContext"],
    Optional["KinesisStreamBatchResponseDict"],
]
"""A Kinesis data stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

KinesisStreamTimeWindowHandler = Callable[
    ["KinesisStreamTimeWindowEventDict", "LambdaContext"],
    "KinesisStreamTimeWindowResponseDict",
]
"""A Kinesis data stream consumer with tumbling windows; return the window's state."""

__all__ += ["KinesisStreamHandler", "KinesisStreamTimeWindowHandler"]
# --- end generated handler aliases ---
