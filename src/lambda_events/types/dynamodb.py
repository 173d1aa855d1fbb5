"""Amazon DynamoDB Streams: item changes Lambda reads from a table's stream, the responses, and attribute values.

Also the change record that Kinesis Data Streams for DynamoDB writes into a Kinesis data stream
(`DynamoDBKinesisChangeRecordDict`): it reaches Lambda base64-encoded in a Kinesis record's `data`, and its
shape differs from a DynamoDB Streams record.

Attribute values keep DynamoDB's JSON form: one key naming the type (`{"N": "42"}`). Each form is its own
final TypedDict, so `if "S" in value:` narrows `value["S"]` to `str` under mypy and pyright.
"""

from typing import Any, Literal, Optional, Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AttributeValueBDict",
    "AttributeValueBOOLDict",
    "AttributeValueBSDict",
    "AttributeValueDict",
    "AttributeValueLDict",
    "AttributeValueMDict",
    "AttributeValueNDict",
    "AttributeValueNSDict",
    "AttributeValueNULLDict",
    "AttributeValueSDict",
    "AttributeValueSSDict",
    "DynamoDBKinesisChangeRecordDict",
    "DynamoDBKinesisChangeRecordPayloadDict",
    "DynamoDBStreamBatchItemFailureDict",
    "DynamoDBStreamBatchResponseDict",
    "DynamoDBStreamEventDict",
    "DynamoDBStreamInsertPayloadDict",
    "DynamoDBStreamInsertRecordDict",
    "DynamoDBStreamModifyPayloadDict",
    "DynamoDBStreamModifyRecordDict",
    "DynamoDBStreamRecordDict",
    "DynamoDBStreamRecordPayloadDict",
    "DynamoDBStreamRemovePayloadDict",
    "DynamoDBStreamRemoveRecordDict",
    "DynamoDBStreamTimeWindowDict",
    "DynamoDBStreamTimeWindowEventDict",
    "DynamoDBStreamTimeWindowResponseDict",
    "DynamoDBUserIdentityDict",
]


@final
class AttributeValueSDict(TypedDict):
    """A string attribute."""

    S: str
    """The string."""


@final
class AttributeValueNDict(TypedDict):
    """A number attribute, sent as a string so that no precision is lost (up to 38 significant digits)."""

    N: str
    """The number's decimal text; parse it with `decimal.Decimal`, not `float`."""


@final
class AttributeValueBDict(TypedDict):
    """A binary attribute."""

    B: str
    """The bytes, base64-encoded."""


@final
class AttributeValueSSDict(TypedDict):
    """A string set: distinct strings, in no particular order."""

    SS: list[str]
    """The strings of the set."""


@final
class AttributeValueNSDict(TypedDict):
    """A number set: distinct numbers, in no particular order."""

    NS: list[str]
    """The numbers of the set, each as its decimal text."""


@final
class AttributeValueBSDict(TypedDict):
    """A binary set: distinct byte strings, in no particular order."""

    BS: list[str]
    """The byte strings of the set, each base64-encoded."""


@final
class AttributeValueMDict(TypedDict):
    """A map attribute: named attribute values, nested to any depth."""

    M: "dict[str, AttributeValueDict]"
    """The map's entries, by name."""


@final
class AttributeValueLDict(TypedDict):
    """A list attribute: attribute values of any types, in order, nested to any depth."""

    L: "list[AttributeValueDict]"
    """The list's elements."""


@final
class AttributeValueNULLDict(TypedDict):
    """A null attribute."""

    NULL: Literal[True]
    """Always `true`."""


@final
class AttributeValueBOOLDict(TypedDict):
    """A Boolean attribute."""

    BOOL: bool
    """The value."""


AttributeValueDict = Union[
    AttributeValueSDict,
    AttributeValueNDict,
    AttributeValueBDict,
    AttributeValueSSDict,
    AttributeValueNSDict,
    AttributeValueBSDict,
    AttributeValueMDict,
    AttributeValueLDict,
    AttributeValueNULLDict,
    AttributeValueBOOLDict,
]
"""One DynamoDB attribute value, in any of its ten forms; test which with `"S" in value`, `"M" in value`..."""


class DynamoDBUserIdentityDict(TypedDict):
    """Who made a change: present only on items that Time to Live deleted."""

    type: Literal["Service"]
    """Always `Service`."""
    principalId: Literal["dynamodb.amazonaws.com"]
    """Always `dynamodb.amazonaws.com`: the TTL process, not a user, removed the item."""


class _DynamoDBStreamPayloadDict(TypedDict):
    """What the stream record (the `dynamodb` key) carries whatever the kind of change."""

    ApproximateCreationDateTime: NotRequired[float]
    """When the change was made, in seconds since the Unix epoch (rounded down to the second)."""
    Keys: dict[str, AttributeValueDict]
    """The primary key attributes of the modified item; always present, whatever the stream view type
    (DefinitelyTyped, aws-lambda-go and Rust accept it absent, as the Streams API's generic record does)."""
    SequenceNumber: str
    """The record's sequence number in its shard (21 to 40 digits); report it in `batchItemFailures`. Always sent
    (Lambda's partial batch responses rely on it), though DefinitelyTyped and Rust accept it absent."""
    SizeBytes: int
    """The size of the stream record, in bytes."""
    StreamViewType: Literal["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"]
    """Which images the stream was configured to capture: the `StreamViewType` enumeration of the DynamoDB
    Streams API, a closed set. The API marks the key optional and DefinitelyTyped and the Rust crate accept it
    absent, but every stream record Lambda's documentation shows carries it and aws-lambda-go requires it, so it
    stays required."""


@final
class DynamoDBStreamInsertPayloadDict(_DynamoDBStreamPayloadDict):
    """The stream record of an `INSERT`: there is no item before it, so never an `OldImage`."""

    NewImage: NotRequired[dict[str, AttributeValueDict]]
    """The new item; only on `NEW_IMAGE` and `NEW_AND_OLD_IMAGES` streams."""


@final
class DynamoDBStreamModifyPayloadDict(_DynamoDBStreamPayloadDict):
    """The stream record of a `MODIFY`: the item before and after, as the stream's view type allows."""

    NewImage: NotRequired[dict[str, AttributeValueDict]]
    """The item after the change; only on `NEW_IMAGE` and `NEW_AND_OLD_IMAGES` streams."""
    OldImage: NotRequired[dict[str, AttributeValueDict]]
    """The item before the change; only on `OLD_IMAGE` and `NEW_AND_OLD_IMAGES` streams."""


@final
class DynamoDBStreamRemovePayloadDict(_DynamoDBStreamPayloadDict):
    """The stream record of a `REMOVE`: there is no item after it, so never a `NewImage`."""

    OldImage: NotRequired[dict[str, AttributeValueDict]]
    """The deleted item; only on `OLD_IMAGE` and `NEW_AND_OLD_IMAGES` streams."""


DynamoDBStreamRecordPayloadDict = Union[
    DynamoDBStreamInsertPayloadDict, DynamoDBStreamModifyPayloadDict, DynamoDBStreamRemovePayloadDict
]
"""The stream record of any kind of change; `"NewImage" in payload` narrows it."""


class _DynamoDBStreamRecordDict(TypedDict):
    """The keys of a DynamoDB Streams record that do not depend on the kind of change."""

    eventID: str
    """A unique id for this stream record."""
    eventVersion: str
    """The version of the record format (`1.0` or `1.1`)."""
    eventSource: Literal["aws:dynamodb"]
    """Always `aws:dynamodb`."""
    awsRegion: str
    """The Region of the table."""
    eventSourceARN: str
    """The ARN of the table's stream."""


class DynamoDBStreamInsertRecordDict(_DynamoDBStreamRecordDict):
    """A record of an item that was added."""

    eventName: Literal["INSERT"]
    """Always `INSERT`."""
    dynamodb: DynamoDBStreamInsertPayloadDict
    """The change: keys, the new item (by view type), sequence number."""


class DynamoDBStreamModifyRecordDict(_DynamoDBStreamRecordDict):
    """A record of an item that was changed."""

    eventName: Literal["MODIFY"]
    """Always `MODIFY`."""
    dynamodb: DynamoDBStreamModifyPayloadDict
    """The change: keys, the item before and after (by view type), sequence number."""


class DynamoDBStreamRemoveRecordDict(_DynamoDBStreamRecordDict):
    """A record of an item that was deleted, by a request or by Time to Live."""

    eventName: Literal["REMOVE"]
    """Always `REMOVE`."""
    dynamodb: DynamoDBStreamRemovePayloadDict
    """The change: keys, the deleted item (by view type), sequence number."""
    userIdentity: NotRequired[DynamoDBUserIdentityDict]
    """Present only when Time to Live deleted the item."""


DynamoDBStreamRecordDict = Union[
    DynamoDBStreamInsertRecordDict, DynamoDBStreamModifyRecordDict, DynamoDBStreamRemoveRecordDict
]
"""One item-level change, as Lambda delivers it from a DynamoDB stream; `eventName` tells which kind, and
comparing it narrows the record (after `record["eventName"] == "REMOVE"` there is no `NewImage`)."""


class DynamoDBStreamEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from a DynamoDB stream; all records come from one shard."""

    Records: list[DynamoDBStreamRecordDict]
    """The changes of the batch, in the order they were made."""


class DynamoDBStreamBatchItemFailureDict(TypedDict):
    """The record where processing failed, in a partial batch response."""

    itemIdentifier: str
    """The `SequenceNumber` of the first failed record; Lambda retries from it."""


class DynamoDBStreamBatchResponseDict(TypedDict):
    """The response that reports a partial batch failure.

    It takes effect only when the event source mapping has `ReportBatchItemFailures` turned on. An empty list
    means the whole batch succeeded.
    """

    batchItemFailures: list[DynamoDBStreamBatchItemFailureDict]
    """The failed record (when several are listed, Lambda uses the lowest sequence number)."""


class DynamoDBStreamTimeWindowDict(TypedDict):
    """The bounds of a tumbling window."""

    start: str
    """When the window opened, ISO 8601 in UTC."""
    end: str
    """When the window closes, ISO 8601 in UTC."""


class DynamoDBStreamTimeWindowEventDict(TypedDict):
    """The event Lambda sends when the event source mapping aggregates changes over tumbling windows."""

    Records: list[DynamoDBStreamRecordDict]
    """The changes of the batch; empty on the final invocation of a window."""
    window: DynamoDBStreamTimeWindowDict
    """The window these changes belong to."""
    state: dict[str, Any]
    """The state the function returned for the previous batch of the window; an empty object at its start."""
    shardId: str
    """The shard the records come from."""
    eventSourceARN: str
    """The ARN of the table's stream."""
    isFinalInvokeForWindow: bool
    """Whether this invocation closes the window (aggregate and report the result now)."""
    isWindowTerminatedEarly: bool
    """Whether the window ended early because the state grew past the 1 MB limit."""


class DynamoDBStreamTimeWindowResponseDict(TypedDict):
    """The response of a function that aggregates over tumbling windows: the state to carry forward."""

    state: dict[str, Any]
    """Any JSON object (at most 1 MB); Lambda passes it to the next invocation of the same window."""
    batchItemFailures: NotRequired[list[DynamoDBStreamBatchItemFailureDict]]
    """The failed record, when the event source mapping reports batch item failures."""


class DynamoDBKinesisChangeRecordPayloadDict(TypedDict):
    """The modified item's data in a Kinesis Data Streams for DynamoDB change record (its `dynamodb` key).

    Unlike a DynamoDB Streams record it has no `SequenceNumber` and no `StreamViewType`: both images are
    always captured, and the time is in milliseconds (or microseconds).
    """

    ApproximateCreationDateTime: int
    """When the change was made, since the Unix epoch, in the unit `ApproximateCreationDateTimePrecision` names."""
    ApproximateCreationDateTimePrecision: NotRequired[Literal["MILLISECOND", "MICROSECOND"]]
    """The unit of `ApproximateCreationDateTime`, as configured on the streaming destination (default milliseconds)."""
    Keys: dict[str, AttributeValueDict]
    """The primary key attributes of the modified item."""
    NewImage: NotRequired[dict[str, AttributeValueDict]]
    """The item after the change (`INSERT` and `MODIFY`)."""
    OldImage: NotRequired[dict[str, AttributeValueDict]]
    """The item before the change (`MODIFY` and `REMOVE`)."""
    SizeBytes: int
    """The size of the item data, in bytes."""


class DynamoDBKinesisChangeRecordDict(TypedDict):
    """The JSON document Kinesis Data Streams for DynamoDB writes for each item change.

    It arrives base64-encoded in the `data` of a Kinesis record (`KinesisStreamRecordPayloadDict`); the
    Kinesis partition key is derived from the item's key. Records may be duplicated or out of order.
    """

    awsRegion: str
    """The Region of the table."""
    eventID: str
    """A unique id for this change record (a UUID)."""
    eventName: Literal["INSERT", "MODIFY", "REMOVE"]
    """The kind of change: an item was added, changed, or deleted."""
    userIdentity: NotRequired[Optional[DynamoDBUserIdentityDict]]
    """`null` for ordinary changes; the DynamoDB service principal for items that Time to Live deleted."""
    recordFormat: Literal["application/json"]
    """The format of this document; always `application/json`."""
    tableName: str
    """The name of the table that changed."""
    dynamodb: DynamoDBKinesisChangeRecordPayloadDict
    """The change itself: keys and images."""
    eventSource: Literal["aws:dynamodb"]
    """Always `aws:dynamodb`."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

DynamoDBStreamHandler = Callable[
    ["DynamoDBStreamEventDict", "LambdaContext"],
    Optional["DynamoDBStreamBatchResponseDict"],
]
"""A DynamoDB stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

DynamoDBStreamTimeWindowHandler = Callable[
    ["DynamoDBStreamTimeWindowEventDict", "LambdaContext"],
    "DynamoDBStreamTimeWindowResponseDict",
]
"""A DynamoDB stream consumer with tumbling windows; return the window's state."""

__all__ += ["DynamoDBStreamHandler", "DynamoDBStreamTimeWindowHandler"]
# --- end generated handler aliases ---
