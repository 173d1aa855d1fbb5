"""Amazon DocumentDB change streams: the batch of change events Lambda reads from a cluster's change stream.

Each change event has the shape of a MongoDB change event; BSON values appear in MongoDB Extended JSON
(`{"$oid": ...}`, `{"$timestamp": ...}`), so documents are typed as `dict[str, Any]`.
"""

from typing import Any, Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "DocumentDBChangeEventDict",
    "DocumentDBClusterTimeDict",
    "DocumentDBEventDict",
    "DocumentDBEventRecordDict",
    "DocumentDBNamespaceDict",
    "DocumentDBResumeTokenDict",
    "DocumentDBTimestampDict",
    "DocumentDBTruncatedArrayDict",
    "DocumentDBUpdateDescriptionDict",
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


class DocumentDBNamespaceDict(TypedDict):
    """The database and collection an operation concerns."""

    db: str
    """The database name."""
    coll: NotRequired[str]
    """The collection name; absent for database-wide operations (`dropDatabase`)."""


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


class DocumentDBChangeEventDict(TypedDict):
    """One change event, as the change stream reports it."""

    _id: DocumentDBResumeTokenDict
    """The event's resume token."""
    operationType: Literal["insert", "update", "replace", "delete", "drop", "rename", "dropDatabase", "invalidate"]
    """The kind of operation."""
    clusterTime: DocumentDBClusterTimeDict
    """When the operation happened in the cluster."""
    ns: DocumentDBNamespaceDict
    """The database and collection the operation concerns."""
    to: NotRequired[DocumentDBNamespaceDict]
    """`rename` only: the collection's new namespace."""
    documentKey: NotRequired[dict[str, Any]]
    """The `_id` of the document an `insert`, `update`, `replace` or `delete` concerns."""
    fullDocument: NotRequired[Optional[dict[str, Any]]]
    """The document: the new one for `insert` and `replace`; for `update`, the current one only when the event
    source mapping looks it up (`FullDocument` is `UpdateLookup`), `null` if it is gone by then."""
    updateDescription: NotRequired[DocumentDBUpdateDescriptionDict]
    """`update` only: the fields it set and removed."""


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
