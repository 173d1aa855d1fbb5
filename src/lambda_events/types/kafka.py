"""Apache Kafka: the batch of records Lambda reads from Amazon MSK or a self-managed Kafka cluster."""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = ["KafkaEventDict", "KafkaRecordDict", "KafkaSchemaMetadataDict"]


class KafkaSchemaMetadataDict(TypedDict):
    """The schema a key or value was validated against, when the event source mapping uses a schema registry."""

    dataFormat: str
    """The format of the data (`AVRO`, `PROTOBUF`, `JSON`)."""
    schemaId: str
    """The id of the schema in the registry (a UUID in AWS Glue, a number in Confluent)."""


class KafkaRecordDict(TypedDict):
    """One Kafka record of the batch."""

    topic: str
    """The topic the record was read from."""
    partition: int
    """The partition of the topic the record was read from."""
    offset: int
    """The record's offset in its partition."""
    timestamp: int
    """The record's timestamp, in milliseconds since the Unix epoch; `timestampType` says which time it is."""
    timestampType: Literal["CREATE_TIME", "LOG_APPEND_TIME", "NO_TIMESTAMP_TYPE"]
    """`CREATE_TIME` (set by the producer) or `LOG_APPEND_TIME` (set by the broker); `NO_TIMESTAMP_TYPE` for
    records written in the oldest message format, which have no timestamp."""
    key: NotRequired[Optional[str]]
    """The record's key, base64-encoded; absent or `null` for records produced without a key."""
    value: str
    """The record's value, base64-encoded."""
    headers: list[dict[str, list[int]]]
    """The record's headers in order, each a one-key object whose value is the header's bytes as integers;
    a name can repeat. Decode with `bytes(value)`."""
    keySchemaMetadata: NotRequired[KafkaSchemaMetadataDict]
    """Schema registry only: the schema the key was validated against."""
    valueSchemaMetadata: NotRequired[KafkaSchemaMetadataDict]
    """Schema registry only: the schema the value was validated against."""


class KafkaEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from a Kafka topic (Amazon MSK or self-managed Kafka)."""

    eventSource: Literal["aws:kafka", "SelfManagedKafka", "aws:SelfManagedKafka"]
    """`aws:kafka` for Amazon MSK; `SelfManagedKafka` for a self-managed cluster (as the Lambda developer guide
    shows it; older samples show `aws:SelfManagedKafka`)."""
    eventSourceArn: NotRequired[str]
    """Amazon MSK only: the ARN of the cluster."""
    bootstrapServers: str
    """The cluster's bootstrap brokers, `host:port`, separated by commas."""
    records: dict[str, list[KafkaRecordDict]]
    """The records, grouped by `topic-partition` (`mytopic-0`): one list per partition, in offset order."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

KafkaHandler = Callable[["KafkaEventDict", "LambdaContext"], object]
"""An Amazon MSK or self-managed Kafka consumer; Lambda ignores what it returns."""

__all__ += ["KafkaHandler"]
# --- end generated handler aliases ---
