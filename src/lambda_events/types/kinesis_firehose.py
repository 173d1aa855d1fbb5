"""Amazon Data Firehose (Kinesis Data Firehose): the records a data-transformation function receives, and its answer.

A record's `data` is base64 of what the source delivered: for a CloudWatch Logs subscription that is gzip of a
`CloudWatchLogsDecodedDataDict` document, for any other producer whatever it wrote.
"""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "KinesisFirehoseEventDict",
    "KinesisFirehoseRecordDict",
    "KinesisFirehoseRecordMetadataDict",
    "KinesisFirehoseTransformationMetadataDict",
    "KinesisFirehoseTransformationRecordDict",
    "KinesisFirehoseTransformationResponseDict",
]


class KinesisFirehoseRecordMetadataDict(TypedDict):
    """Where a record came from, when the Firehose stream reads from a Kinesis data stream."""

    shardId: str
    """The shard of the source stream that held the record."""
    partitionKey: str
    """The partition key the producer gave the record."""
    approximateArrivalTimestamp: int
    """When the source stream accepted the record, in milliseconds since the Unix epoch."""
    sequenceNumber: str
    """The record's sequence number in its shard."""
    subsequenceNumber: int
    """The position of a user record inside an aggregated (KPL) record; 0 for plain records."""


class KinesisFirehoseRecordDict(TypedDict):
    """One record to transform."""

    recordId: str
    """The id Firehose assigned; return it unchanged in the transformation response."""
    approximateArrivalTimestamp: int
    """When Firehose received the record, in milliseconds since the Unix epoch."""
    data: str
    """The record's payload, base64-encoded."""
    kinesisRecordMetadata: NotRequired[KinesisFirehoseRecordMetadataDict]
    """Present only when the Firehose stream's source is a Kinesis data stream."""


class KinesisFirehoseEventDict(TypedDict):
    """The event Firehose sends to a data-transformation function: a buffered batch of records."""

    invocationId: str
    """A UUID Firehose generates for this invocation."""
    deliveryStreamArn: str
    """The ARN of the Firehose stream."""
    sourceKinesisStreamArn: NotRequired[str]
    """Present only when the Firehose stream reads from a Kinesis data stream: that stream's ARN."""
    region: str
    """The Region of the Firehose stream."""
    records: list[KinesisFirehoseRecordDict]
    """The records to transform."""


class KinesisFirehoseTransformationMetadataDict(TypedDict):
    """Metadata a transformed record carries back to Firehose."""

    partitionKeys: dict[str, str]
    """Dynamic partitioning only: the values of the partition keys, by name, used in the S3 prefix."""


class KinesisFirehoseTransformationRecordDict(TypedDict):
    """One transformed record."""

    recordId: str
    """The `recordId` of the incoming record, unchanged; every incoming record must be answered once."""
    result: Literal["Ok", "Dropped", "ProcessingFailed"]
    """`Ok` to deliver `data`, `Dropped` to discard the record on purpose, `ProcessingFailed` to send it to
    the error output."""
    data: str
    """The transformed payload, base64-encoded."""
    metadata: NotRequired[KinesisFirehoseTransformationMetadataDict]
    """Dynamic partitioning only: the record's partition keys."""


class KinesisFirehoseTransformationResponseDict(TypedDict):
    """The response of a data-transformation function: one entry per incoming record."""

    records: list[KinesisFirehoseTransformationRecordDict]
    """The transformed records."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

KinesisFirehoseHandler = Callable[
    ["KinesisFirehoseEventDict", "LambdaContext"],
    "KinesisFirehoseTransformationResponseDict",
]
"""An Amazon Data Firehose transformation; return every record, transformed, dropped or failed."""

__all__ += ["KinesisFirehoseHandler"]
# --- end generated handler aliases ---
