"""AWS Lambda invocation records: what Lambda sends to a destination after an asynchronous invocation (on
success or on failure), and what an event source mapping sends to its on-failure destination when a batch of
Kinesis, DynamoDB or Kafka records could not be processed.

An asynchronous invocation record reaches a function directly (a Lambda destination), inside an SQS message
body or an SNS message (as JSON text), or as the `detail` of an EventBridge event whose `source` is `lambda`.
An event source mapping's failure record reaches SQS, SNS, an S3 object or a Kafka topic; never a function
directly. `decode_lambda_destination_record` and `decode_event_source_mapping_failure` unwrap them.
"""

from typing import TYPE_CHECKING, Any, Generic, Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types.eventbridge import EventBridgeEventDict

if TYPE_CHECKING:
    # Defaults (PEP 696) let a bare `LambdaDestinationRecordDict` mean "payloads of unknown shape" under strict
    # checkers; the runtime keeps the cheaper `typing.TypeVar`.
    from typing_extensions import TypeVar

    RequestPayloadT = TypeVar("RequestPayloadT", default=Any)
    ResponsePayloadT = TypeVar("ResponsePayloadT", default=Any)
else:
    from typing import TypeVar

    RequestPayloadT = TypeVar("RequestPayloadT")
    ResponsePayloadT = TypeVar("ResponsePayloadT")

__all__ = [
    "DynamoDBStreamBatchInfoDict",
    "EventSourceMappingFailureRecordDict",
    "KafkaBatchInfoDict",
    "KafkaRecordInfoDict",
    "KinesisBatchInfoDict",
    "LambdaDestinationCondition",
    "LambdaDestinationEventBridgeEventDict",
    "LambdaDestinationRecordDict",
    "LambdaDestinationRequestContextDict",
    "LambdaDestinationResponseContextDict",
    "LambdaFunctionErrorDict",
]

LambdaDestinationCondition = Literal["Success", "RetriesExhausted", "EventAgeExceeded"]
"""Why an asynchronous invocation record was sent: the function succeeded, every attempt failed, or the event
grew older than the function's maximum event age (the Lambda developer guide, "Capturing records of Lambda
asynchronous invocations")."""


class LambdaDestinationRequestContextDict(TypedDict):
    """The invocation the record is about."""

    requestId: str
    """The request id of the (last) invocation."""
    functionArn: str
    """The ARN of the function invoked, with the version or alias that was called (`...:function:name:$LATEST`)."""
    condition: str
    """Why the record was sent. Asynchronous invocations: `Success`, `RetriesExhausted` or `EventAgeExceeded`
    (see `LambdaDestinationCondition`); event source mappings: `RetryAttemptsExhausted`,
    `MaximumPayloadSizeExceeded`, `RecordAgeExceeded`. Typed `str` because Lambda has added conditions over
    time, and a new one must not make a real record fail validation."""
    approximateInvokeCount: int
    """How many times the function was invoked for this event or batch (`0` when it expired unprocessed)."""


class LambdaDestinationResponseContextDict(TypedDict):
    """How the last invocation ended."""

    statusCode: int
    """The status of the invoke call; `200` even when the function raised (see `functionError`)."""
    executedVersion: str
    """The function version that ran (`$LATEST` or a number)."""
    functionError: NotRequired[str]
    """`Unhandled` when the function raised (or the runtime failed); absent when it returned normally."""


class LambdaFunctionErrorDict(TypedDict):
    """The error a Python function raised, as Lambda reports it in `responsePayload`."""

    errorMessage: str
    """The exception's message (or Lambda's, for a timeout or an out-of-memory end)."""
    errorType: NotRequired[str]
    """The exception's class name (`ValueError`), or `Runtime.ExitError`-style names for runtime failures;
    absent for some platform errors (a timeout reports only `errorMessage`)."""
    stackTrace: NotRequired[list[str]]
    """The traceback's lines, when the runtime captured them."""
    requestId: NotRequired[str]
    """The request id, sent with some runtime-level errors."""


class LambdaDestinationRecordDict(TypedDict, Generic[RequestPayloadT, ResponsePayloadT]):
    """An asynchronous invocation record: the event the function was given, and what it returned or raised.

    Parameterise it with the payloads' shapes: `LambdaDestinationRecordDict[OrderEventDict, ReceiptDict]`.
    """

    version: str
    """The record format's version; `1.0` today."""
    timestamp: str
    """When the record was made, ISO 8601 in UTC with milliseconds."""
    requestContext: LambdaDestinationRequestContextDict
    """The invocation: request id, function ARN, condition, number of attempts."""
    requestPayload: RequestPayloadT
    """The event the function was invoked with, as it was sent."""
    responseContext: NotRequired[LambdaDestinationResponseContextDict]
    """How the last attempt ended; absent when the function never ran (the event expired in the queue,
    `EventAgeExceeded` with `approximateInvokeCount` 0)."""
    responsePayload: NotRequired[Union[ResponsePayloadT, LambdaFunctionErrorDict, None]]
    """What the function returned (`Success`: any JSON value, `null` when it returned `None`), or the error it
    raised (`RetriesExhausted`); absent when the function never ran."""


LambdaDestinationEventBridgeEventDict = EventBridgeEventDict[LambdaDestinationRecordDict[Any, Any]]
"""An invocation record sent to an EventBridge event bus: `source` is `lambda`, `detail-type` is
`Lambda Function Invocation Result - Success` or `Lambda Function Invocation Result - Failure`, `resources`
holds the function's ARN and `detail` is the record."""


class KinesisBatchInfoDict(TypedDict):
    """The Kinesis records a failure record stands for; read them back with `GetShardIterator`."""

    shardId: str
    """The shard the batch was read from."""
    startSequenceNumber: str
    """The sequence number of the first record of the batch."""
    endSequenceNumber: str
    """The sequence number of the last record of the batch."""
    approximateArrivalOfFirstRecord: str
    """When the first record reached the stream, ISO 8601."""
    approximateArrivalOfLastRecord: str
    """When the last record reached the stream, ISO 8601."""
    batchSize: int
    """How many records the batch held."""
    streamArn: str
    """The stream's ARN."""


class DynamoDBStreamBatchInfoDict(TypedDict):
    """The DynamoDB stream records a failure record stands for (the same keys as for Kinesis)."""

    shardId: str
    """The stream shard the batch was read from."""
    startSequenceNumber: str
    """The sequence number of the first record of the batch."""
    endSequenceNumber: str
    """The sequence number of the last record of the batch."""
    approximateArrivalOfFirstRecord: str
    """When the first change was written to the stream, ISO 8601."""
    approximateArrivalOfLastRecord: str
    """When the last change was written to the stream, ISO 8601."""
    batchSize: int
    """How many records the batch held."""
    streamArn: str
    """The table's stream ARN."""


class KafkaRecordInfoDict(TypedDict):
    """Where the failed Kafka record is in its partition."""

    offset: str
    """The record's offset, as a decimal string."""
    timestamp: str
    """The record's timestamp, ISO 8601."""


class KafkaBatchInfoDict(TypedDict):
    """The Kafka record a failure record stands for (one record per failure record)."""

    batchSize: int
    """How many records the failure record stands for; `1`."""
    eventSourceArn: NotRequired[str]
    """The Amazon MSK cluster's ARN; absent for a self-managed cluster."""
    bootstrapServers: str
    """The brokers of the cluster, comma-separated `host:port`."""
    payloadSize: int
    """The size in bytes of the invocation payload the record was part of."""
    recordInfo: NotRequired[KafkaRecordInfoDict]
    """The record's offset and timestamp."""


class EventSourceMappingFailureRecordDict(TypedDict):
    """What an event source mapping sends to its on-failure destination when it gives up on a batch.

    Exactly one of `KinesisBatchInfo`, `DDBStreamBatchInfo` and `KafkaBatchInfo` is present, by the mapping's
    source; `"KinesisBatchInfo" in record` narrows. An SQS mapping has no on-failure destination: failed
    messages go to the queue's own dead-letter queue as they were.
    """

    version: str
    """The record format's version; `1.0` today."""
    timestamp: str
    """When the record was made, ISO 8601 in UTC."""
    requestContext: LambdaDestinationRequestContextDict
    """The last invocation: request id, function ARN, condition, number of attempts."""
    responseContext: Optional[LambdaDestinationResponseContextDict]
    """How the last invocation ended; `null` when the batch was never sent to the function
    (`MaximumPayloadSizeExceeded`)."""
    KinesisBatchInfo: NotRequired[KinesisBatchInfoDict]
    """The failed batch of a Kinesis stream."""
    DDBStreamBatchInfo: NotRequired[DynamoDBStreamBatchInfoDict]
    """The failed batch of a DynamoDB stream."""
    KafkaBatchInfo: NotRequired[KafkaBatchInfoDict]
    """The failed record of an Amazon MSK or self-managed Kafka topic."""
    payload: NotRequired[dict[str, Any]]
    """The invocation payload itself (the event the function would get), sent only to S3 and Kafka
    destinations, which can hold it."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

LambdaDestinationHandler = Callable[["LambdaDestinationRecordDict", "LambdaContext"], object]
"""A function set as another function's destination; Lambda invokes it asynchronously with the record."""

LambdaDestinationEventBridgeHandler = Callable[["LambdaDestinationEventBridgeEventDict", "LambdaContext"], object]
"""The target of a rule on invocation records sent to an event bus; EventBridge ignores what it returns."""

__all__ += ["LambdaDestinationHandler", "LambdaDestinationEventBridgeHandler"]
# --- end generated handler aliases ---
