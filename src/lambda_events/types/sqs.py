"""Amazon SQS: the batch of messages Lambda polls from a queue, and the partial batch response."""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "SQSAttributesDict",
    "SQSBatchItemFailureDict",
    "SQSBatchResponseDict",
    "SQSEventDict",
    "SQSMessageAttributeDict",
    "SQSRecordDict",
]


class SQSAttributesDict(TypedDict):
    """System attributes SQS keeps for a message (the `attributes` of a record); every value is a string."""

    ApproximateReceiveCount: str
    """How many times the message has been received from the queue without being deleted."""
    SentTimestamp: str
    """When the message was sent to the queue, in milliseconds since the Unix epoch."""
    SenderId: str
    """The IAM user id, or role id and session name, of the principal that sent the message."""
    ApproximateFirstReceiveTimestamp: str
    """When the message was first received from the queue, in milliseconds since the Unix epoch."""
    AWSTraceHeader: NotRequired[str]
    """The X-Ray trace header the sender propagated; present only when the message carries one."""
    SequenceNumber: NotRequired[str]
    """FIFO queues only: the large, non-consecutive number SQS assigns to each message."""
    MessageGroupId: NotRequired[str]
    """FIFO queues (and fair queues) only: the group the message belongs to; a group's messages arrive in order."""
    MessageDeduplicationId: NotRequired[str]
    """FIFO queues only: the token SQS used to drop duplicates sent within five minutes."""
    DeadLetterQueueSourceArn: NotRequired[str]
    """Messages moved to a dead-letter queue only: the ARN of the queue they were moved from."""


class SQSMessageAttributeDict(TypedDict):
    """One user-defined message attribute, as Lambda delivers it (lower camel case keys)."""

    dataType: str
    """`String`, `Number` or `Binary`, optionally followed by a custom label (`Number.float`)."""
    stringValue: NotRequired[str]
    """The value of a `String` or `Number` attribute (numbers are sent as strings)."""
    binaryValue: NotRequired[str]
    """The value of a `Binary` attribute, base64-encoded."""
    stringListValues: NotRequired[list[str]]
    """Reserved by SQS for lists of strings; Lambda sends an empty list when it sends the key."""
    binaryListValues: NotRequired[list[str]]
    """Reserved by SQS for lists of base64-encoded binaries; Lambda sends an empty list when it sends the key."""


class SQSRecordDict(TypedDict):
    """One SQS message in the batch."""

    messageId: str
    """The id SQS assigned to the message when it was sent; report it in `batchItemFailures` to retry it."""
    receiptHandle: str
    """The handle to delete the message or change its visibility; it changes with every receive."""
    body: str
    """The message body exactly as sent (not base64-encoded; JSON stays a string until you decode it)."""
    attributes: SQSAttributesDict
    """System attributes of the message."""
    messageAttributes: dict[str, SQSMessageAttributeDict]
    """User-defined message attributes by name; an empty object when there are none."""
    md5OfBody: str
    """The MD5 digest of the body, as a hex string."""
    md5OfMessageAttributes: NotRequired[Optional[str]]
    """The MD5 digest of the message attributes; absent or `null` when the message has none (aws-lambda-go's
    plain string cannot tell those apart; the Lambda guide's examples show both)."""
    eventSource: Literal["aws:sqs"]
    """Always `aws:sqs`."""
    eventSourceARN: str
    """The ARN of the queue the message was received from."""
    awsRegion: str
    """The Region of the queue."""


class SQSEventDict(TypedDict):
    """The event Lambda sends when it polls an SQS queue: up to 10,000 messages (10 for FIFO queues)."""

    Records: list[SQSRecordDict]
    """The messages of the batch."""


class SQSBatchItemFailureDict(TypedDict):
    """One message that failed, in a partial batch response."""

    itemIdentifier: str
    """The `messageId` of the failed message."""


class SQSBatchResponseDict(TypedDict):
    """The response that reports a partial batch failure.

    Only the listed messages return to the queue; the rest are deleted. It takes effect only when the event
    source mapping has `ReportBatchItemFailures` turned on. An empty list means the whole batch succeeded.
    """

    batchItemFailures: list[SQSBatchItemFailureDict]
    """The messages to retry."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

SQSHandler = Callable[["SQSEventDict", "LambdaContext"], Optional["SQSBatchResponseDict"]]
"""An SQS queue consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

__all__ += ["SQSHandler"]
# --- end generated handler aliases ---
