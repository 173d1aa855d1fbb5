"""AWS CodeCommit events (`source` `aws.codecommit`): reference (branch, tag) changes and pull request changes.

Authority: the CodeCommit User Guide ("Monitoring CodeCommit events in Amazon EventBridge": the detail-types,
their keys and examples).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CodeCommitPullRequestStateChangeDetailDict",
    "CodeCommitPullRequestStateChangeEventDict",
    "CodeCommitRepositoryStateChangeDetailDict",
    "CodeCommitRepositoryStateChangeEventDict",
]

EVENTS = {
    "CodeCommitRepositoryStateChangeEventDict": ("aws.codecommit", "CodeCommit Repository State Change"),
    "CodeCommitPullRequestStateChangeEventDict": ("aws.codecommit", "CodeCommit Pull Request State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

class CodeCommitRepositoryStateChangeDetailDict(TypedDict):
    """The `detail` of `CodeCommit Repository State Change`: a branch or tag was created, updated or deleted."""

    event: Literal["referenceCreated", "referenceUpdated", "referenceDeleted"]
    """What happened to the reference: the three values the CodeCommit User Guide lists."""
    repositoryName: str
    """The repository's name."""
    repositoryId: str
    """The repository's id."""
    referenceType: Literal["branch", "tag"]
    """The kind of reference."""
    referenceName: str
    """The reference's short name (`main`)."""
    referenceFullName: str
    """The reference's full name (`refs/heads/main`)."""
    commitId: NotRequired[str]
    """The commit the reference now points to; absent when it was deleted."""
    oldCommitId: NotRequired[str]
    """The commit it pointed to; absent when it was created."""
    baseCommitId: NotRequired[str]
    """Merges made by CodeCommit: the merge base."""
    sourceCommitId: NotRequired[str]
    """Merges made by CodeCommit: the commit merged."""
    destinationCommitId: NotRequired[str]
    """Merges made by CodeCommit: the commit merged into."""
    mergeOption: NotRequired[str]
    """Merges made by CodeCommit: `FAST_FORWARD_MERGE`, `SQUASH_MERGE` or `THREE_WAY_MERGE`."""
    conflictDetailsLevel: NotRequired[str]
    """Merges made by CodeCommit: `FILE_LEVEL` or `LINE_LEVEL`."""
    conflictResolutionStrategy: NotRequired[str]
    """Merges made by CodeCommit: `NONE`, `ACCEPT_SOURCE`, `ACCEPT_DESTINATION` or `AUTOMERGE`."""


class CodeCommitPullRequestStateChangeDetailDict(TypedDict):
    """The `detail` of `CodeCommit Pull Request State Change`."""

    event: str
    """What happened: `pullRequestCreated`, `pullRequestSourceBranchUpdated`, `pullRequestStatusChanged`,
    `pullRequestMergeStatusUpdated`..."""
    pullRequestId: str
    """The pull request's id, as text."""
    title: str
    """The pull request's title."""
    author: str
    """The ARN or id of the author."""
    callerUserArn: str
    """The ARN of whoever caused the event."""
    pullRequestStatus: Literal["Open", "Closed"]
    """Whether the pull request is open."""
    isMerged: Literal["True", "False"]
    """Whether it was merged, as text."""
    repositoryNames: list[str]
    """The repository's name."""
    sourceReference: str
    """The branch to merge (`refs/heads/feature`)."""
    sourceCommit: str
    """The tip of the source branch."""
    destinationReference: str
    """The branch to merge into."""
    destinationCommit: str
    """The tip of the destination branch."""
    creationDate: str
    """When the pull request was created (`Tue Dec 12 03:33:58 UTC 2017`)."""
    lastModifiedDate: str
    """When it last changed, in the same format."""
    notificationBody: str
    """The event in words, with a console link."""
    description: NotRequired[str]
    """The pull request's description, when it has one."""
    revisionId: NotRequired[str]
    """The pull request's revision id."""
    mergeOption: NotRequired[str]
    """How it was merged (`FAST_FORWARD_MERGE`...), once merged."""


_CodeCommitRepositoryStateChangeRouting = TypedDict(
    "_CodeCommitRepositoryStateChangeRouting",
    {"detail-type": Literal["CodeCommit Repository State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeCommit Repository State Change`.
"""


class CodeCommitRepositoryStateChangeEventDict(_CodeCommitRepositoryStateChangeRouting, EventBridgeEnvelopeDict):
    """A reference of a repository changed; `resources` holds the repository's ARN."""

    source: Literal["aws.codecommit"]
    """Always `aws.codecommit`."""
    detail: CodeCommitRepositoryStateChangeDetailDict
    """The event's data."""


_CodeCommitPullRequestStateChangeRouting = TypedDict(
    "_CodeCommitPullRequestStateChangeRouting",
    {"detail-type": Literal["CodeCommit Pull Request State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeCommit Pull Request State Change`.
"""


class CodeCommitPullRequestStateChangeEventDict(_CodeCommitPullRequestStateChangeRouting, EventBridgeEnvelopeDict):
    """A pull request was created, updated, closed or merged; `resources` holds the repository's ARN."""

    source: Literal["aws.codecommit"]
    """Always `aws.codecommit`."""
    detail: CodeCommitPullRequestStateChangeDetailDict
    """The event's data."""
