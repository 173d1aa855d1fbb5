"""Test events of AWS CodeCommit repository triggers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.codecommit import CodeCommitEventDict, CodeCommitReferenceDict

__all__ = ["codecommit_event"]

_CHANGES = ("updated", "created", "deleted")


def codecommit_event(
    *,
    references: Optional[Mapping[str, Literal["updated", "created", "deleted"]]] = None,
    repository: str = "orders-service",
    trigger: str = "deploy-on-push",
    custom_data: Optional[str] = None,
    test: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeCommitEventDict:
    """A trigger notification for a push to `repository` that changed each of `references` (full names mapped
    to `updated`, `created` or `deleted`; default: `refs/heads/main` updated); `test` makes it the trigger's
    test notification.

    Raises `ValueError` when `references` is empty, a name does not start with `refs/`, or a change is unknown.
    """
    if references is None:
        references = {"refs/heads/main": "updated"}
    if not references:
        raise ValueError("references must name at least one reference")
    for name, change in references.items():
        if not name.startswith("refs/"):
            raise ValueError(f"references: {name!r} is not a full reference name (refs/heads/..., refs/tags/...)")
        if change not in _CHANGES:
            raise ValueError(f"references: {name!r}: change must be one of {', '.join(_CHANGES)}, not {change!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    changed: list[CodeCommitReferenceDict] = []
    for name, change in references.items():
        reference: CodeCommitReferenceDict = {"commit": scene.hex(40), "ref": name}
        if change == "created":
            reference["created"] = True
        elif change == "deleted":
            reference["deleted"] = True
        changed.append(reference)
    record: CodeCommitEventDict = {
        "Records": [
            {
                "awsRegion": scene.region,
                "codecommit": {"references": changed},
                "eventId": scene.uuid(),
                "eventName": "TriggerEventTest" if test else "ReferenceChanges",
                "eventPartNumber": 1,
                "eventSource": "aws:codecommit",
                "eventSourceARN": scene.arn("codecommit", repository),
                "eventTime": scene.iso(suffix="+0000"),
                "eventTotalParts": 1,
                "eventTriggerConfigId": scene.uuid(),
                "eventTriggerName": trigger,
                "eventVersion": "1.0",
                "userIdentityARN": scene.arn("iam", "user/jane", regional=False),
            }
        ]
    }
    if custom_data is not None:
        record["Records"][0]["customData"] = custom_data
    return record
