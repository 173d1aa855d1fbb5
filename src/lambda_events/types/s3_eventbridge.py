"""Amazon S3 events delivered through Amazon EventBridge (the bucket's EventBridge notifications): the
`detail` of each S3 detail type, inside the EventBridge envelope."""

from typing import Literal

from lambda_events._s3_detail_types import S3EventBridgeDetailType
from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types.eventbridge import EventBridgeEventDict

__all__ = [
    "S3EventBridgeBucketDict",
    "S3EventBridgeDetailType",
    "S3EventBridgeNotificationDetailDict",
    "S3EventBridgeNotificationEventDict",
    "S3EventBridgeObjectDict",
]


class S3EventBridgeBucketDict(TypedDict):
    """The bucket the event happened in."""

    name: str
    """The bucket's name."""


_S3EventBridgeObjectHyphenatedKeys = TypedDict(
    "_S3EventBridgeObjectHyphenatedKeys",
    {"version-id": NotRequired[str]},
)
"""The key of the event's object whose name is not a Python identifier.

- `version-id`: the object version; absent when the bucket is not versioned.
"""


class S3EventBridgeObjectDict(_S3EventBridgeObjectHyphenatedKeys):
    """The object the event is about; `version-id` is documented on the base above."""

    key: str
    """The object key, not URL-encoded (unlike S3 notifications sent to Lambda, SQS and SNS)."""
    size: NotRequired[int]
    """The object size in bytes; absent where it does not apply (deletions, expired restores, ACL and tag
    changes)."""
    etag: NotRequired[str]
    """The object's entity tag; absent for some event types (restore expiry)."""
    sequencer: NotRequired[str]
    """A hex string ordering the events of one key (compare after padding with leading zeros); sent for
    `Object Created` and `Object Deleted`, not for every event type."""


_S3EventBridgeDetailHyphenatedKeys = TypedDict(
    "_S3EventBridgeDetailHyphenatedKeys",
    {
        "request-id": str,
        "requester": str,
        "source-ip-address": NotRequired[str],
        "deletion-type": NotRequired[Literal["Permanently Deleted", "Delete Marker Created"]],
        "restore-expiry-time": NotRequired[str],
        "source-storage-class": NotRequired[str],
        "destination-storage-class": NotRequired[str],
        "destination-access-tier": NotRequired[Literal["ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"]],
    },
)
"""The keys of an S3 event's `detail` whose names are not Python identifiers.

- `request-id`: the id of the S3 request that caused the event.
- `requester`: the account id, or the AWS service principal (`s3.amazonaws.com` for lifecycle actions), that
  made the request.
- `source-ip-address`: the IP address the request came from; only for events caused by an S3 request.
- `deletion-type`: `Object Deleted` only: `Permanently Deleted` (an unversioned object, or a version removed
  for good) or `Delete Marker Created` (a versioned object got a delete marker).
- `restore-expiry-time`: `Object Restore Completed` only: when the restored temporary copy will be removed,
  ISO 8601.
- `source-storage-class`: `Object Restore Initiated` and `Object Restore Completed` only: the storage class of
  the archived object being restored (`GLACIER`, `DEEP_ARCHIVE`, `INTELLIGENT_TIERING`).
- `destination-storage-class`: `Object Storage Class Changed` only: the object's new storage class.
- `destination-access-tier`: `Object Access Tier Changed` only: the S3 Intelligent-Tiering archive tier the
  object moved to.
"""


class S3EventBridgeNotificationDetailDict(_S3EventBridgeDetailHyphenatedKeys):
    """The `detail` of an S3 object event in EventBridge; hyphenated keys are documented on the base above.

    Which optional keys are present depends on the event's `detail-type`.
    """

    version: str
    """The version of the detail format, `0` today."""
    bucket: S3EventBridgeBucketDict
    """The bucket."""
    object: S3EventBridgeObjectDict
    """The object."""
    reason: NotRequired[
        Literal[
            "PutObject", "POST Object", "CopyObject", "CompleteMultipartUpload", "DeleteObject", "Lifecycle Expiration"
        ]
    ]
    """`Object Created`: the API that created the object. `Object Deleted`: `DeleteObject` for an API call,
    `Lifecycle Expiration` for a deletion by a lifecycle expiration rule. Absent for the other event types.
    The values are those the S3 user guide lists for the EventBridge detail; S3 may name new APIs here as it
    adds them, so the set is open."""


S3EventBridgeNotificationEventDict = EventBridgeEventDict[S3EventBridgeNotificationDetailDict]
"""An S3 object event as an EventBridge rule delivers it: `source` is `aws.s3`, `detail-type` one of
`S3EventBridgeDetailType`, `resources` holds the bucket's ARN."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

S3EventBridgeNotificationHandler = Callable[["S3EventBridgeNotificationEventDict", "LambdaContext"], object]
"""The target of a rule on S3 object events; EventBridge ignores what it returns."""

__all__ += ["S3EventBridgeNotificationHandler"]
# --- end generated handler aliases ---
