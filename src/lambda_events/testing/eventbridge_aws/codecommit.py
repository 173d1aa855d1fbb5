"""Test events of AWS CodeCommit (`aws.codecommit`): reference changes and pull request changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.codecommit import (
        CodeCommitPullRequestStateChangeEventDict,
        CodeCommitRepositoryStateChangeDetailDict,
        CodeCommitRepositoryStateChangeEventDict,
    )

__all__ = ["codecommit_pull_request_state_change_event", "codecommit_repository_state_change_event"]

ReferenceEvent = Literal["referenceCreated", "referenceUpdated", "referenceDeleted"]
"""What can happen to a reference."""


def codecommit_repository_state_change_event(
    *,
    repository: str = "web-app",
    branch: str = "main",
    event: ReferenceEvent = "referenceUpdated",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeCommitRepositoryStateChangeEventDict:
    """The branch `branch` of `repository` was created, updated (a push) or deleted."""
    check_one_of("event", event, get_args(ReferenceEvent))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: CodeCommitRepositoryStateChangeDetailDict = {
        "event": event,
        "repositoryName": repository,
        "repositoryId": scene.uuid(),
        "referenceType": "branch",
        "referenceName": branch,
        "referenceFullName": f"refs/heads/{branch}",
    }
    if event != "referenceDeleted":
        detail["commitId"] = scene.hex(40)
    if event != "referenceCreated":
        detail["oldCommitId"] = scene.hex(40)
    return {
        **aws_event_envelope(scene, [scene.arn("codecommit", repository)]),
        "source": "aws.codecommit",
        "detail-type": "CodeCommit Repository State Change",
        "detail": detail,
    }


def _codecommit_date(scene: Scenario, milliseconds: int = 0) -> str:
    """The date format of pull request events: `Tue Dec 12 03:33:58 UTC 2017`."""
    return scene.at(milliseconds).strftime("%a %b %d %H:%M:%S UTC %Y")


def codecommit_pull_request_state_change_event(
    *,
    repository: str = "web-app",
    title: str = "Add the order history page",
    source_branch: str = "feature/order-history",
    destination_branch: str = "main",
    merged: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeCommitPullRequestStateChangeEventDict:
    """A pull request of `repository` was created, or (`merged`) merged and closed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    pull_request_id = str(scene.rng.randrange(1, 500))
    caller = f"arn:aws:iam::{account}:user/developer"
    happened = "merged and closed" if merged else "created"
    return {
        **aws_event_envelope(scene, [scene.arn("codecommit", repository)]),
        "source": "aws.codecommit",
        "detail-type": "CodeCommit Pull Request State Change",
        "detail": {
            "event": "pullRequestMergeStatusUpdated" if merged else "pullRequestCreated",
            "pullRequestId": pull_request_id,
            "title": title,
            "author": caller,
            "callerUserArn": caller,
            "pullRequestStatus": "Closed" if merged else "Open",
            "isMerged": "True" if merged else "False",
            "repositoryNames": [repository],
            "sourceReference": f"refs/heads/{source_branch}",
            "sourceCommit": scene.hex(40),
            "destinationReference": f"refs/heads/{destination_branch}",
            "destinationCommit": scene.hex(40),
            "creationDate": _codecommit_date(scene, -3_600_000),
            "lastModifiedDate": _codecommit_date(scene),
            "notificationBody": f"A pull request event occurred in the following AWS CodeCommit repository: {repository}. "
            f"{caller} {happened} the following PullRequest {pull_request_id}.",
        },
    }
