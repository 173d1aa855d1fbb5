"""Audit API calls recorded by CloudTrail: who made each call, and whether it was refused; typed request
parameters for the one API the function cares about."""

from __future__ import annotations

from typing import Optional, TypedDict

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.cloudtrail import AWSAPICallViaCloudTrailEventDict, CloudTrailUserIdentityDict


class CreateQueueParametersDict(TypedDict):
    """The `requestParameters` SQS records for `CreateQueue` (the keys this function reads)."""

    queueName: str
    """The new queue's name."""


def caller(identity: CloudTrailUserIdentityDict) -> str:
    """A readable name for whoever made the call; `type` narrows the identity to its shape."""
    if identity["type"] == "IAMUser":
        return f"user {identity['userName']}"
    if identity["type"] == "AssumedRole":
        return f"role session {identity['principalId'].partition(':')[2]}"  # role id, then the session name
    if identity["type"] == "Root":
        return "the root user"
    if identity["type"] == "AWSService":
        return f"service {identity['invokedBy']}"
    return identity["type"]


def handler(event: AWSAPICallViaCloudTrailEventDict, context: LambdaContext) -> str:
    """One audit line per call; `errorCode` is present only when the call failed."""
    record = event["detail"]
    outcome = f"refused ({record['errorCode']})" if "errorCode" in record else "done"
    return f"{record['eventName']} on {record['eventSource']} by {caller(record['userIdentity'])}: {outcome}"


def new_queue_name(event: AWSAPICallViaCloudTrailEventDict[CreateQueueParametersDict, Optional[dict[str, str]]]) -> str:
    """For a rule matching only `CreateQueue` calls: the typed parameters need no casts."""
    return event["detail"]["requestParameters"]["queueName"]
