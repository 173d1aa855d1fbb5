"""Amazon DocumentDB change streams: the batch of change events Lambda reads from a cluster's change stream.

Each change event has the shape of a MongoDB change event; BSON values appear in MongoDB Extended JSON
(`{"$oid": ...}`, `{"$timestamp": ...}`), so documents are typed as `dict[str, Any]`.
"""

from typing import Annotated, Any, Literal, Optional, Union, final

from lambda_events._typing import OPEN_LITERAL, NotRequired, TypedDict

__all__ = [
    "DocumentDBChangeEventDict",
    "DocumentDBClusterTimeDict",
    "DocumentDBDatabaseNamespaceDict",
    "DocumentDBDeleteEventDict",
    "DocumentDBDropDatabaseEventDict",
    "DocumentDBDropEventDict",
    "DocumentDBEventDict",
    "DocumentDBEventRecordDict",
    "DocumentDBInsertEventDict",
    "DocumentDBInvalidateEventDict",
    "DocumentDBNamespaceDict",
    "DocumentDBRenameEventDict",
    "DocumentDBReplaceEventDict",
    "DocumentDBResumeTokenDict",
    "DocumentDBTimestampDict",
    "DocumentDBTruncatedArrayDict",
    "DocumentDBUpdateDescriptionDict",
    "DocumentDBUpdateEventDict",
]


class DocumentDBResumeTokenDict(TypedDict):
    """The resume token of a change event (its `_id`)."""

    _data: str
    """The opaque token, as hexadecimal text; a change stream can resume after it."""


class DocumentDBTimestampDict(TypedDict):
    """A BSON timestamp."""

    t: int
    """Seconds since the Unix epoch."""
    i: int
    """The ordinal of the operation within that second."""


_DocumentDBClusterTimeKeys = TypedDict("_DocumentDBClusterTimeKeys", {"$timestamp": DocumentDBTimestampDict})
"""The key of a cluster time, in Extended JSON, which is not a Python identifier.

- `$timestamp`: the BSON timestamp of the operation in the cluster's oplog.
"""


class DocumentDBClusterTimeDict(_DocumentDBClusterTimeKeys):
    """When the operation happened in the cluster, as an Extended JSON timestamp; its key is documented above."""


@final
class DocumentDBNamespaceDict(TypedDict):
    """The database and collection an operation concerns."""

    db: str
    """The database name."""
    coll: str
    """The collection name."""


@final
class DocumentDBDatabaseNamespaceDict(TypedDict):
    """The database a database-wide operation (`dropDatabase`) concerns: no collection."""

    db: str
    """The database name."""


class DocumentDBTruncatedArrayDict(TypedDict):
    """An array an update shortened."""

    field: str
    """The dotted path of the array field."""
    newSize: int
    """The number of elements the array has now."""


class DocumentDBUpdateDescriptionDict(TypedDict):
    """What an `update` changed."""

    updatedFields: dict[str, Any]
    """The fields the update set, by dotted path, with their new values."""
    removedFields: list[str]
    """The dotted paths of the fields the update removed."""
    truncatedArrays: NotRequired[list[DocumentDBTruncatedArrayDict]]
    """The arrays the update shortened."""


class _DocumentDBChangeDict(TypedDict):
    """The keys of every change event, whatever its operation."""

    _id: DocumentDBResumeTokenDict
    """The event's resume token."""
    clusterTime: DocumentDBClusterTimeDict
    """When the operation happened in the cluster."""


@final
class DocumentDBInsertEventDict(_DocumentDBChangeDict):
    """A document was inserted."""

    operationType: Annotated[Literal["insert"], OPEN_LITERAL]
    """Always `insert`."""
    ns: DocumentDBNamespaceDict
    """The database and collection."""
    documentKey: dict[str, Any]
    """The `_id` of the new document."""
    fullDocument: dict[str, Any]
    """The new document."""


@final
class DocumentDBUpdateEventDict(_DocumentDBChangeDict):
    """A document was updated in place."""

    operationType: Annotated[Literal["update"], OPEN_LITERAL]
    """Always `update`."""
    ns: DocumentDBNamespaceDict
    """The database and collection."""
    documentKey: dict[str, Any]
    """The `_id` of the updated document."""
    updateDescription: DocumentDBUpdateDescriptionDict
    """The fields the update set and removed."""
    fullDocument: NotRequired[Optional[dict[str, Any]]]
    """The current document, only when the event source mapping looks it up (`FullDocument` is
    `UpdateLookup`); `null` if it is gone by then."""


@final
class DocumentDBReplaceEventDict(_DocumentDBChangeDict):
    """A document was replaced by another with the same `_id`."""

    operationType: Annotated[Literal["replace"], OPEN_LITERAL]
    """Always `replace`."""
    ns: DocumentDBNamespaceDict
    """The database and collection."""
    documentKey: dict[str, Any]
    """The `_id` of the replaced document."""
    fullDocument: dict[str, Any]
    """The new document."""


@final
class DocumentDBDeleteEventDict(_DocumentDBChangeDict):
    """A document was deleted: only its key is left."""

    operationType: Annotated[Literal["delete"], OPEN_LITERAL]
    """Always `delete`."""
    ns: DocumentDBNamespaceDict
    """The database and collection."""
    documentKey: dict[str, Any]
    """The `_id` of the deleted document."""


@final
class DocumentDBDropEventDict(_DocumentDBChangeDict):
    """A collection was dropped (an `invalidate` follows on a collection's change stream)."""

    operationType: Annotated[Literal["drop"], OPEN_LITERAL]
    """Always `drop`."""
    ns: DocumentDBNamespaceDict
    """The dropped collection."""


@final
class DocumentDBRenameEventDict(_DocumentDBChangeDict):
    """A collection was renamed (an `invalidate` follows on a collection's change stream)."""

    operationType: Annotated[Literal["rename"], OPEN_LITERAL]
    """Always `rename`."""
    ns: DocumentDBNamespaceDict
    """The collection's old namespace."""
    to: DocumentDBNamespaceDict
    """The collection's new namespace."""


@final
class DocumentDBDropDatabaseEventDict(_DocumentDBChangeDict):
    """A database was dropped: its namespace has no collection."""

    operationType: Annotated[Literal["dropDatabase"], OPEN_LITERAL]
    """Always `dropDatabase`."""
    ns: DocumentDBDatabaseNamespaceDict
    """The dropped database."""


@final
class DocumentDBInvalidateEventDict(_DocumentDBChangeDict):
    """The change stream was invalidated (its collection or database was dropped or renamed): no namespace,
    no document; the stream reports nothing after it."""

    operationType: Annotated[Literal["invalidate"], OPEN_LITERAL]
    """Always `invalidate`."""


DocumentDBChangeEventDict = Union[
    DocumentDBInsertEventDict,
    DocumentDBUpdateEventDict,
    DocumentDBReplaceEventDict,
    DocumentDBDeleteEventDict,
    DocumentDBDropEventDict,
    DocumentDBRenameEventDict,
    DocumentDBDropDatabaseEventDict,
    DocumentDBInvalidateEventDict,
]
"""One change event, by `operationType`: the operation types the DocumentDB developer guide lists for
change streams (a closed set), each with the keys that operation carries. Comparing `operationType`
narrows it (after `change["operationType"] == "invalidate"` there is no `ns`)."""


class DocumentDBEventRecordDict(TypedDict):
    """One entry of the batch."""

    event: DocumentDBChangeEventDict
    """The change event."""


class DocumentDBEventDict(TypedDict):
    """The event Lambda sends when it reads a batch from an Amazon DocumentDB change stream."""

    eventSourceArn: str
    """The ARN of the DocumentDB cluster (`arn:aws:rds:...:cluster:...`)."""
    eventSource: Literal["aws:docdb"]
    """Always `aws:docdb`."""
    events: list[DocumentDBEventRecordDict]
    """The change events of the batch, in the order they happened."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

DocumentDBHandler = Callable[["DocumentDBEventDict", "LambdaContext"], object]
"""An Amazon DocumentDB change stream consumer; Lambda ignores what it returns."""

__all__ += ["DocumentDBHandler"]
# --- end generated handler aliases ---
