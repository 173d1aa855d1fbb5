"""AWS CodeCommit triggers: the notification a repository trigger sends to a function when references (branches
and tags) change."""

from lambda_events._typing import NotRequired, TypedDict

__all__ = ["CodeCommitEventDict", "CodeCommitRecordDict", "CodeCommitReferenceDict", "CodeCommitReferencesDict"]


class CodeCommitReferenceDict(TypedDict):
    """A reference that changed."""

    commit: str
    """The full id of the commit the reference now points at (for a deletion: the last one it pointed at)."""
    ref: str
    """The reference's full name (`refs/heads/main`, `refs/tags/v1.2.0`)."""
    created: NotRequired[bool]
    """`true` when the push created the reference; absent otherwise."""
    deleted: NotRequired[bool]
    """`true` when the push deleted the reference; absent otherwise."""


class CodeCommitReferencesDict(TypedDict):
    """The changes the record describes."""

    references: list[CodeCommitReferenceDict]
    """The references the push changed."""


class CodeCommitRecordDict(TypedDict):
    """One trigger notification."""

    awsRegion: str
    """The repository's Region."""
    codecommit: CodeCommitReferencesDict
    """The changed references."""
    customData: NotRequired[str]
    """The custom data configured on the trigger; absent when the trigger has none."""
    eventId: str
    """A unique id of the notification."""
    eventName: str
    """`ReferenceChanges` for a push, `TriggerEventTest` for the console's and `TestRepositoryTriggers`' test
    notification."""
    eventPartNumber: int
    """The part this record is, when a large push is split over several notifications (from 1)."""
    eventSource: str
    """Always `aws:codecommit`."""
    eventSourceARN: str
    """The repository's ARN."""
    eventTime: str
    """When the push happened, ISO 8601 with milliseconds and an offset (`2024-05-17T09:30:15.250+0000`)."""
    eventTotalParts: int
    """How many notifications the push was split into."""
    eventTriggerConfigId: str
    """The id of the trigger's configuration."""
    eventTriggerName: str
    """The trigger's name."""
    eventVersion: str
    """The record format's version, `1.0`."""
    userIdentityARN: str
    """The ARN of the IAM identity that pushed."""


class CodeCommitEventDict(TypedDict):
    """What a CodeCommit trigger sends to a function: one record per notification."""

    Records: list[CodeCommitRecordDict]
    """The notifications (one, in practice)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CodeCommitHandler = Callable[["CodeCommitEventDict", "LambdaContext"], object]
"""A CodeCommit repository trigger; CodeCommit invokes it asynchronously and ignores what it returns."""

__all__ += ["CodeCommitHandler"]
# --- end generated handler aliases ---
