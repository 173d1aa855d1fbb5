"""Test events of resource tagging (`aws.tag`): a resource's tags changed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.tag import TagChangeOnResourceEventDict

__all__ = ["tag_change_on_resource_event"]


def tag_change_on_resource_event(
    *,
    table: str = "orders",
    tags: Optional[dict[str, str]] = None,
    changed_keys: tuple[str, ...] = ("cost-center",),
    version: int = 2,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TagChangeOnResourceEventDict:
    """The tags `changed_keys` of the DynamoDB table `table` changed; `tags` are all its tags now."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("dynamodb", f"table/{table}")]),
        "source": "aws.tag",
        "detail-type": "Tag Change on Resource",
        "detail": {
            "changed-tag-keys": list(changed_keys),
            "service": "dynamodb",
            "resource-type": "table",
            "version": version,
            "tags": dict(tags) if tags is not None else {"cost-center": "1234", "team": "orders"},
        },
    }
