"""Amazon Data Firehose (Kinesis Data Firehose): the records a data-transformation function receives, and its answer.

A record's `data` is base64 of what the source delivered: for a CloudWatch Logs subscription that is gzip of a
`CloudWatchLogsDecodedDataDict` document, for any other producer whatever it wrote. A Firehose stream whose
source is an Amazon MSK topic sends another variant, `KinesisFirehoseMSKEventDict`, whose records carry the
Kafka record's value in `kafkaRecordValue`; the `decode_firehose_*` helpers read either.
"""

from typing import Annotated, Literal

from lambda_events._typing import OPEN_LITERAL, NotRequired, TypedDict

__all__ = [
    "KinesisFirehoseEventDict",
    "KinesisFirehoseMSKEventDict",
    "KinesisFirehoseMSKRecordDict",
    "KinesisFirehoseMSKRecordMetadataDict",
    "KinesisFirehoseOTFMetadataDict",
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


class KinesisFirehoseMSKRecordMetadataDict(TypedDict):
    """Where a record came from in the Amazon MSK topic the Firehose stream reads."""

    offset: str
    """The Kafka record's offset in its partition, as a decimal string."""
    partitionId: str
    """The partition of the topic that held the record, as a decimal string."""
    approximateArrivalTimestamp: int
    """When the record was written to the topic, in milliseconds since the Unix epoch."""


class KinesisFirehoseMSKRecordDict(TypedDict):
    """One record to transform, from a Firehose stream whose source is an Amazon MSK cluster."""

    recordId: str
    """The id Firehose assigned; return it unchanged in the transformation response."""
    approximateArrivalTimestamp: int
    """When Firehose received the record, in milliseconds since the Unix epoch."""
    kafkaRecordValue: str
    """The Kafka record's value, base64-encoded (in place of `data`)."""
    mskRecordMetadata: KinesisFirehoseMSKRecordMetadataDict
    """The record's offset and partition in the topic."""


class KinesisFirehoseMSKEventDict(TypedDict):
    """The event Firehose sends to a data-transformation function when its source is an Amazon MSK topic.

    The response is the same as for other sources (`KinesisFirehoseTransformationResponseDict`: one entry per
    `recordId`, with the transformed `data`).
    """

    invocationId: str
    """A UUID Firehose generates for this invocation."""
    deliveryStreamArn: str
    """The ARN of the Firehose stream."""
    sourceMSKArn: str
    """The ARN of the Amazon MSK cluster the Firehose stream reads from."""
    region: str
    """The Region of the Firehose stream."""
    records: list[KinesisFirehoseMSKRecordDict]
    """The records to transform."""


class KinesisFirehoseOTFMetadataDict(TypedDict):
    """Where a transformed record goes in an Apache Iceberg table destination, and how it changes the table."""

    destinationDatabaseName: str
    """The database of the destination table."""
    destinationTableName: str
    """The destination table."""
    operation: Annotated[Literal["insert", "update", "delete"], OPEN_LITERAL]
    """What to do with the record in the table (the three operations the Firehose guide documents)."""


class KinesisFirehoseTransformationMetadataDict(TypedDict):
    """Metadata a transformed record carries back to Firehose."""

    partitionKeys: NotRequired[dict[str, str]]
    """Dynamic partitioning only: the values of the partition keys, by name, used in the S3 prefix."""
    otfMetadata: NotRequired[KinesisFirehoseOTFMetadataDict]
    """Apache Iceberg table destinations only: the record's table and operation (aws-lambda-go declares it;
    we had missed it)."""


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

KinesisFirehoseMSKHandler = Callable[
    ["KinesisFirehoseMSKEventDict", "LambdaContext"],
    "KinesisFirehoseTransformationResponseDict",
]
"""An Amazon Data Firehose transformation of records from an Amazon MSK topic; return every record."""

__all__ += ["KinesisFirehoseHandler", "KinesisFirehoseMSKHandler"]
# --- end generated handler aliases ---
