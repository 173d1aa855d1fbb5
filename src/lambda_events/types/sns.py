"""Amazon SNS: the notification Lambda receives from a topic subscription, and the JSON envelope SNS sends
to SQS queues and HTTP endpoints without raw message delivery."""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "SNSEventDict",
    "SNSMessageAttributeDict",
    "SNSMessageDict",
    "SNSNotificationDict",
    "SNSRecordDict",
]


class SNSMessageAttributeDict(TypedDict):
    """One message attribute of a notification."""

    Type: Literal["String", "String.Array", "Number", "Binary"]
    """The attribute's data type: the four logical data types of the SNS developer guide ("Message attribute
    data types"), a closed set."""
    Value: str
    """The value: text for `String`, a JSON array as text for `String.Array`, digits for `Number`, base64 for
    `Binary`."""


class SNSMessageDict(TypedDict):
    """The notification itself (the `Sns` key of a record)."""

    Type: Literal["Notification"]
    """Always `Notification` for messages delivered to Lambda."""
    MessageId: str
    """The id SNS assigned to the published message; the same for every subscriber."""
    TopicArn: str
    """The ARN of the topic the message was published to."""
    Subject: Optional[str]
    """The subject given at publish time; `null` when the publisher gave none. Lambda always sends the key (the
    Rust crate, which also accepts it absent, notes it arrives as `null`); only the SQS/HTTP form below omits it."""
    Message: str
    """The message body exactly as published (a JSON document stays a string until you decode it)."""
    Timestamp: str
    """When the message was published, ISO 8601 in UTC (`2019-01-02T12:45:07.000Z`)."""
    SignatureVersion: str
    """The version of the signature scheme: `1` (SHA1) or `2` (SHA256)."""
    Signature: str
    """Base64 signature over the message's fields, made with the key in the signing certificate."""
    SigningCertUrl: str
    """The URL of the certificate whose key signed the message."""
    UnsubscribeUrl: str
    """The URL that unsubscribes this endpoint from the topic."""
    MessageAttributes: dict[str, SNSMessageAttributeDict]
    """Message attributes by name; an empty object when the publisher set none."""


class SNSRecordDict(TypedDict):
    """One record of an SNS event (Lambda always sends exactly one)."""

    EventVersion: str
    """The version of the event format, `1.0`."""
    EventSubscriptionArn: str
    """The ARN of the subscription that delivered the message to this function."""
    EventSource: Literal["aws:sns"]
    """Always `aws:sns`."""
    Sns: SNSMessageDict
    """The notification."""


class SNSEventDict(TypedDict):
    """The event Lambda receives when a message is published to a topic the function is subscribed to."""

    Records: list[SNSRecordDict]
    """The notification records; SNS sends one record per invocation."""


class SNSNotificationDict(TypedDict):
    """The JSON document SNS delivers to an SQS queue or HTTP(S) endpoint when raw message delivery is off.

    Its keys differ from the Lambda form: `SigningCertURL` and `UnsubscribeURL` are upper case, `Subject`
    and `MessageAttributes` are left out when empty, and FIFO topics add `SequenceNumber`.
    """

    Type: Literal["Notification"]
    """Always `Notification` for a published message."""
    MessageId: str
    """The id SNS assigned to the published message."""
    TopicArn: str
    """The ARN of the topic the message was published to."""
    Subject: NotRequired[str]
    """The subject given at publish time; absent when the publisher gave none."""
    Message: str
    """The message body exactly as published."""
    Timestamp: str
    """When the message was published, ISO 8601 in UTC."""
    SignatureVersion: NotRequired[str]
    """The version of the signature scheme; absent for FIFO topics, whose messages are not signed."""
    Signature: NotRequired[str]
    """Base64 signature over the message's fields; absent for FIFO topics."""
    SigningCertURL: NotRequired[str]
    """The URL of the signing certificate; absent for FIFO topics."""
    UnsubscribeURL: str
    """The URL that unsubscribes the endpoint from the topic."""
    MessageAttributes: NotRequired[dict[str, SNSMessageAttributeDict]]
    """Message attributes by name; absent when the publisher set none."""
    SequenceNumber: NotRequired[str]
    """FIFO topics only: the sequence number SNS assigned to the message within its group."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

SNSHandler = Callable[["SNSEventDict", "LambdaContext"], object]
"""An SNS subscriber; SNS invokes it asynchronously and ignores what it returns."""

__all__ += ["SNSHandler"]
# --- end generated handler aliases ---
