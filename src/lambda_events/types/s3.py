"""Amazon S3 event notifications: the event S3 sends to Lambda (directly, or inside SQS and SNS messages),
and the test message S3 sends when a notification configuration is saved."""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "S3BucketDict",
    "S3EntityDict",
    "S3EventDict",
    "S3EventName",
    "S3EventRecordDict",
    "S3GlacierEventDataDict",
    "S3IntelligentTieringEventDataDict",
    "S3LifecycleEventDataDict",
    "S3ObjectDict",
    "S3ReplicationEventDataDict",
    "S3RequestParametersDict",
    "S3ResponseElementsDict",
    "S3RestoreEventDataDict",
    "S3TestEventDict",
    "S3TransitionEventDataDict",
    "S3UserIdentityDict",
]

S3EventName = Literal[
    "ObjectCreated:Put",
    "ObjectCreated:Post",
    "ObjectCreated:Copy",
    "ObjectCreated:CompleteMultipartUpload",
    "ObjectRemoved:Delete",
    "ObjectRemoved:DeleteMarkerCreated",
    "ObjectRestore:Post",
    "ObjectRestore:Completed",
    "ObjectRestore:Delete",
    "ReducedRedundancyLostObject",
    "Replication:OperationFailedReplication",
    "Replication:OperationMissedThreshold",
    "Replication:OperationReplicatedAfterThreshold",
    "Replication:OperationNotTracked",
    "LifecycleExpiration:Delete",
    "LifecycleExpiration:DeleteMarkerCreated",
    "LifecycleTransition",
    "IntelligentTiering",
    "ObjectTagging:Put",
    "ObjectTagging:Delete",
    "ObjectAcl:Put",
]
"""Every event type S3 names in a notification's `eventName` (without the `s3:` prefix of the configuration).

The values are those of the "Supported event types" table of the Amazon S3 user guide. S3 adds event types
over time (replication, tagging and ACL events came years after the first ones), so this is an open set: a
value not listed here is a newer event type, not a malformed event."""


class S3UserIdentityDict(TypedDict):
    """Who caused the event."""

    principalId: str
    """The Amazon customer id (or `AWS:` and the IAM principal id) of the user who caused the event."""


class S3RequestParametersDict(TypedDict):
    """Where the request that caused the event came from."""

    sourceIPAddress: str
    """The IP address of the requester."""


S3ResponseElementsDict = TypedDict(
    "S3ResponseElementsDict",
    {"x-amz-request-id": str, "x-amz-id-2": str},
)
"""Ids of the request that caused the event, for AWS Support.

- `x-amz-request-id`: the request id S3 generated for the request.
- `x-amz-id-2`: the id of the S3 host that processed the request.
"""


class S3BucketDict(TypedDict):
    """The bucket the event happened in."""

    name: str
    """The bucket's name."""
    ownerIdentity: S3UserIdentityDict
    """The Amazon customer id of the bucket owner."""
    arn: str
    """The bucket's ARN (`arn:aws:s3:::name`)."""


class S3ObjectDict(TypedDict):
    """The object the event is about."""

    key: str
    """The object key, URL-encoded the way S3 encodes keys in notifications (a space becomes `+`)."""
    size: NotRequired[int]
    """The object size in bytes; absent for deletions. (DefinitelyTyped requires `size`, `eTag` and `sequencer`;
    the S3 guide's event structure leaves each of them out of some event types.)"""
    eTag: NotRequired[str]
    """The object's entity tag; absent for deletions."""
    versionId: NotRequired[Optional[str]]
    """The object version, when the bucket is versioned. The S3 user guide's event message structure describes
    it as `null` otherwise, so it may be absent or `null` for an unversioned bucket (DefinitelyTyped and Rust
    accept it absent; aws-lambda-go's plain string cannot tell)."""
    sequencer: NotRequired[str]
    """A hex string that orders the events of one key: compare as strings after padding the shorter one with
    leading zeros. Not sent for every event type (e.g. some lifecycle events)."""


class S3RestoreEventDataDict(TypedDict):
    """Details of a restore from an archive storage class."""

    lifecycleRestorationExpiryTime: str
    """When the restored copy will be removed from S3, ISO 8601."""
    lifecycleRestoreStorageClass: str
    """The storage class of the archived object that was restored (for example `GLACIER`)."""


class S3GlacierEventDataDict(TypedDict):
    """Present only for `ObjectRestore:Completed` events."""

    restoreEventData: S3RestoreEventDataDict
    """The restore that completed."""


class S3TransitionEventDataDict(TypedDict):
    """Details of a lifecycle transition."""

    destinationStorageClass: str
    """The storage class the object moved to."""


class S3LifecycleEventDataDict(TypedDict):
    """Present only for `LifecycleTransition` events."""

    transitionEventData: S3TransitionEventDataDict
    """The transition that happened."""


class S3IntelligentTieringEventDataDict(TypedDict):
    """Present only for `IntelligentTiering` events."""

    destinationAccessTier: str
    """The archive access tier the object moved to (`ARCHIVE_ACCESS` or `DEEP_ARCHIVE_ACCESS`)."""


class S3ReplicationEventDataDict(TypedDict):
    """Present only for `Replication:*` events."""

    replicationRuleId: str
    """The id of the replication rule that applies."""
    destinationBucket: str
    """The ARN of the destination bucket."""
    s3Operation: str
    """The operation being replicated (`OBJECT_PUT`, `OBJECT_DELETE`, ...)."""
    requestTime: str
    """When the replicated request was made, ISO 8601."""
    failureReason: NotRequired[str]
    """Why replication failed; only for `Replication:OperationFailedReplication`."""
    threshold: NotRequired[str]
    """The Replication Time Control threshold, in minutes; only for the threshold events."""
    replicationTime: NotRequired[str]
    """How long replication took, in seconds; only for `Replication:OperationReplicatedAfterThreshold`."""


class S3EntityDict(TypedDict):
    """The bucket and object the event is about (the `s3` key of a record)."""

    s3SchemaVersion: str
    """The version of this part's schema, `1.0`."""
    configurationId: str
    """The id of the bucket's notification configuration that matched the event."""
    bucket: S3BucketDict
    """The bucket."""
    object: S3ObjectDict
    """The object."""


class S3EventRecordDict(TypedDict):
    """One S3 event."""

    eventVersion: str
    """The event format version: major `2`, minor `1` or higher (`2.1`, `2.2`, `2.3`)."""
    eventSource: Literal["aws:s3"]
    """Always `aws:s3`."""
    awsRegion: str
    """The bucket's Region."""
    eventTime: str
    """When S3 finished processing the request, ISO 8601 in UTC."""
    eventName: S3EventName
    """The event type, such as `ObjectCreated:Put`."""
    userIdentity: S3UserIdentityDict
    """Who caused the event."""
    requestParameters: S3RequestParametersDict
    """Where the request came from."""
    responseElements: S3ResponseElementsDict
    """The ids of the request, for AWS Support."""
    s3: S3EntityDict
    """The bucket and object."""
    glacierEventData: NotRequired[S3GlacierEventDataDict]
    """Only for `ObjectRestore:Completed` events."""
    lifecycleEventData: NotRequired[S3LifecycleEventDataDict]
    """Only for `LifecycleTransition` events."""
    intelligentTieringEventData: NotRequired[S3IntelligentTieringEventDataDict]
    """Only for `IntelligentTiering` events."""
    replicationEventData: NotRequired[S3ReplicationEventDataDict]
    """Only for `Replication:*` events."""


class S3EventDict(TypedDict):
    """The event S3 sends for a bucket notification (to Lambda, or inside an SQS or SNS message body)."""

    Records: list[S3EventRecordDict]
    """The events; S3 sends one per notification."""


class S3TestEventDict(TypedDict):
    """The message S3 sends to an SQS queue or SNS topic when a notification configuration is saved.

    It has no `Records`: a consumer of S3 events through SQS or SNS must expect it and skip it.
    """

    Service: Literal["Amazon S3"]
    """Always `Amazon S3`."""
    Event: Literal["s3:TestEvent"]
    """Always `s3:TestEvent`."""
    Time: str
    """When the configuration was saved, ISO 8601."""
    Bucket: str
    """The name of the bucket whose configuration was saved."""
    RequestId: str
    """The request id of the configuration change."""
    HostId: str
    """The id of the S3 host that handled the change."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

S3Handler = Callable[["S3EventDict", "LambdaContext"], object]
"""An S3 event notification consumer; S3 invokes it asynchronously and ignores what it returns."""

__all__ += ["S3Handler"]
# --- end generated handler aliases ---
