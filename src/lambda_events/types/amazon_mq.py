"""Amazon MQ: the batches Lambda reads from an ActiveMQ queue or from RabbitMQ queues."""

from typing import Any, Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "ActiveMQDestinationDict",
    "ActiveMQEventDict",
    "ActiveMQMessageDict",
    "RabbitMQBasicPropertiesDict",
    "RabbitMQEventDict",
    "RabbitMQLongStringDict",
    "RabbitMQMessageDict",
]


class ActiveMQDestinationDict(TypedDict):
    """The queue an ActiveMQ message was sent to."""

    physicalName: str
    """The queue's name. (An early version of the Lambda guide's example spells it `physicalname`; Lambda sends
    `physicalName`, as the later guide, DefinitelyTyped's note, aws-lambda-go, Rust and Java all have it.)"""


class ActiveMQMessageDict(TypedDict):
    """One JMS message read from an ActiveMQ broker.

    The JMS header fields (`deliveryMode`, `correlationID`, `replyTo`, `type`, `expiration`, `priority`) are sent
    when the broker has them; samples differ in which appear. aws-lambda-go, the Rust crate and Java declare
    `deliveryMode`, `expiration`, `priority` and `redelivered` as always present, but the Lambda guide's own
    example events leave them out, so they are `NotRequired` here.
    """

    messageID: str
    """The JMS message id the broker assigned (`ID:b-...`)."""
    messageType: str
    """The JMS message kind: `jms/text-message` or `jms/bytes-message`."""
    timestamp: int
    """When the producer handed the message over, in milliseconds since the Unix epoch."""
    deliveryMode: NotRequired[int]
    """The JMS delivery mode: 1 non-persistent, 2 persistent."""
    persistent: NotRequired[bool]
    """Whether the message is persistent (sent instead of, or besides, `deliveryMode`)."""
    correlationID: NotRequired[str]
    """The correlation id the producer set; may be empty. Spelled `correlationID` as in the Lambda guide,
    aws-lambda-go, Rust and Java (DefinitelyTyped's `correlationId` is not what Lambda sends)."""
    connectionId: NotRequired[str]
    """The id of the connection the message came through (shown by the launch announcement's example)."""
    replyTo: NotRequired[Optional[str]]
    """The destination the producer asked replies to go to; `null` (or the text `null`) when none. A string, as
    aws-lambda-go, Rust and Java have it (DefinitelyTyped's destination object is not documented by AWS)."""
    destination: ActiveMQDestinationDict
    """The queue the message was read from."""
    redelivered: NotRequired[bool]
    """Whether the broker has delivered this message before."""
    type: NotRequired[Optional[str]]
    """The JMS type the producer set; may be empty or `null`."""
    expiration: NotRequired[int]
    """When the message expires, in milliseconds since the Unix epoch; 0 when it never does. A number, as in the
    Lambda guide's example and aws-lambda-go, Rust and Java (DefinitelyTyped types it as a string)."""
    priority: NotRequired[int]
    """The JMS priority, 0 (lowest) to 9."""
    data: str
    """The message body, base64-encoded (text messages too)."""
    brokerInTime: int
    """When the broker received the message, in milliseconds since the Unix epoch."""
    brokerOutTime: int
    """When the broker dispatched the message, in milliseconds since the Unix epoch."""
    properties: NotRequired[dict[str, str]]
    """The message's custom properties, by name, each value as text."""


class ActiveMQEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from an Amazon MQ for ActiveMQ queue."""

    eventSource: Literal["aws:mq", "aws:amq"]
    """`aws:mq` (as the Lambda developer guide shows it today; its earlier versions and the launch announcement
    show `aws:amq`). Both are accepted because documented events carry both."""
    eventSourceArn: str
    """The ARN of the broker."""
    messages: list[ActiveMQMessageDict]
    """The messages of the batch."""


class RabbitMQLongStringDict(TypedDict):
    """A RabbitMQ string header value, as Lambda serialises it: its bytes."""

    bytes: list[int]
    """The string's bytes as integers; decode with `bytes(value["bytes"]).decode()`."""


class RabbitMQBasicPropertiesDict(TypedDict):
    """The AMQP 0-9-1 basic properties of a RabbitMQ message; a property the publisher did not set is `null`.

    Lambda sends every property, `null` when unset (the Lambda guide's example shows `contentEncoding`,
    `correlationId`, `replyTo`, `messageId`, `type`, `appId` and `clusterId` as `null`), so every key is required.
    The Rust crate also accepts `contentType`, `headers`, `expiration`, `timestamp` and `userId` absent, with no
    documented event that omits them. `expiration` is text (`"60000"`), as in the guide and .NET; Java's number
    would not read it.
    """

    contentType: Optional[str]
    """The MIME type of the body (`text/plain`, `application/json`)."""
    contentEncoding: Optional[str]
    """The encoding of the body (`gzip`)."""
    headers: Optional[
        dict[str, Union[RabbitMQLongStringDict, bool, int, float, str, None, list[Any], dict[str, Any]]]
    ]
    """The message headers by name. Strings arrive as `{"bytes": [...]}`; numbers and Booleans as themselves;
    timestamps as text; arrays and nested tables as lists and objects."""
    deliveryMode: Optional[int]
    """1 non-persistent, 2 persistent."""
    priority: Optional[int]
    """The message priority the publisher set."""
    correlationId: Optional[str]
    """The correlation id the publisher set."""
    replyTo: Optional[str]
    """The queue the publisher asked replies to go to."""
    expiration: Optional[str]
    """The message's time to live, in milliseconds, as text (`60000`)."""
    messageId: Optional[str]
    """The application's id for the message."""
    timestamp: Optional[str]
    """The timestamp the publisher set, as text in the form `Jan 1, 1970, 12:33:41 AM`."""
    type: Optional[str]
    """The application's message type name."""
    userId: Optional[str]
    """The user id of the publishing connection, which the broker validates."""
    appId: Optional[str]
    """The id of the publishing application."""
    clusterId: Optional[str]
    """Reserved by AMQP; normally `null`."""
    bodySize: int
    """The size of the body, in bytes."""


class RabbitMQMessageDict(TypedDict):
    """One message read from a RabbitMQ queue."""

    basicProperties: RabbitMQBasicPropertiesDict
    """The message's AMQP properties."""
    redelivered: bool
    """Whether the broker has delivered this message before."""
    data: str
    """The message body, base64-encoded."""


class RabbitMQEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from Amazon MQ for RabbitMQ."""

    eventSource: Literal["aws:rmq"]
    """Always `aws:rmq`."""
    eventSourceArn: str
    """The ARN of the broker."""
    rmqMessagesByQueue: dict[str, list[RabbitMQMessageDict]]
    """The messages, grouped by `queue::virtual-host` (`orders::/`)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

ActiveMQHandler = Callable[["ActiveMQEventDict", "LambdaContext"], object]
"""An Amazon MQ for ActiveMQ consumer; Lambda ignores what it returns."""

RabbitMQHandler = Callable[["RabbitMQEventDict", "LambdaContext"], object]
"""An Amazon MQ for RabbitMQ consumer; Lambda ignores what it returns."""

__all__ += ["ActiveMQHandler", "RabbitMQHandler"]
# --- end generated handler aliases ---
